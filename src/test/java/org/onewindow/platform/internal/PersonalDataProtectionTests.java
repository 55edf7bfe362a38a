package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.KeyPurpose;
import org.onewindow.platform.KeyRing;

class PersonalDataProtectionTests {

    private final AesGcmPersonalDataProtection protection = new AesGcmPersonalDataProtection(keys((byte) 1));

    @Test
    void encryptsSoThatTheValueIsNotVisibleAndDecryptsBack() {
        String sealed = protection.encrypt("registry.person.id_number", "11010519491231002X");
        assertThat(sealed).startsWith("v1:").doesNotContain("11010519491231002X").doesNotContain("19491231");
        assertThat(protection.decrypt("registry.person.id_number", sealed)).isEqualTo("11010519491231002X");
    }

    @Test
    void encryptsTheSameValueDifferentlyEachTime() {
        assertThat(protection.encrypt("c", "13800000001")).isNotEqualTo(protection.encrypt("c", "13800000001"));
    }

    @Test
    void aValueMovedToAnotherColumnDoesNotDecrypt() {
        String sealed = protection.encrypt("identity.citizen.mobile", "13800000001");
        assertThatThrownBy(() -> protection.decrypt("identity.citizen.id_number", sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedValueDoesNotDecrypt() {
        String sealed = protection.encrypt("c", "福建省福州市鼓楼区五四路158号");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> protection.decrypt("c", tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String sealed = protection.encrypt("c", "13800000001");
        AesGcmPersonalDataProtection other = new AesGcmPersonalDataProtection(keys((byte) 2));
        assertThatThrownBy(() -> other.decrypt("c", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBlindIndexIsStableKeyedAndSeparatedByContext() {
        String index = protection.blindIndex("id_number", "11010519491231002X");
        assertThat(index).hasSize(64).isEqualTo(protection.blindIndex("id_number", "11010519491231002X"));
        assertThat(index).isNotEqualTo(protection.blindIndex("mobile", "11010519491231002X"));
        assertThat(index).isNotEqualTo(protection.blindIndex("id_number", "110105194912310021"));
        assertThat(index).isNotEqualTo(new AesGcmPersonalDataProtection(keys((byte) 2))
                .blindIndex("id_number", "11010519491231002X"));
    }

    private static KeyRing keys(byte seed) {
        Map<KeyPurpose, byte[]> keys = new EnumMap<>(KeyPurpose.class);
        for (KeyPurpose purpose : KeyPurpose.values()) {
            byte[] key = new byte[32];
            java.util.Arrays.fill(key, (byte) (seed * 31 + purpose.ordinal()));
            keys.put(purpose, key);
        }
        return new KeyRing() {
            @Override
            public byte[] key(KeyPurpose purpose) {
                return keys.get(purpose).clone();
            }

            @Override
            public Set<KeyPurpose> generatedAtStart() {
                return Set.of();
            }
        };
    }
}

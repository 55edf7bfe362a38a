package org.onewindow.identity.internal;

import java.util.Locale;
import java.util.Optional;
import org.onewindow.identity.MobileVerification;
import org.onewindow.identity.internal.OneTimeCodes.Check;
import org.onewindow.identity.internal.OneTimeCodes.Purpose;
import org.onewindow.identity.internal.OneTimeCodes.Sending;
import org.onewindow.shared.MobileNumber;
import org.springframework.stereotype.Component;

/** Mobile verification for other modules, through the one-time codes of registration and login. */
@Component
class CodeMobileVerification implements MobileVerification {

    private final OneTimeCodes codes;

    CodeMobileVerification(OneTimeCodes codes) {
        this.codes = codes;
    }

    @Override
    public Optional<String> send(MobileNumber mobile, String ip, String text) {
        Sending sent = codes.send(Purpose.MOBILE_PROOF, mobile, ip, text);
        return sent == Sending.SENT ? Optional.empty() : Optional.of("code_" + sent.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<String> verify(MobileNumber mobile, String code) {
        Check check = codes.verify(Purpose.MOBILE_PROOF, mobile, code);
        return check == Check.VALID ? Optional.empty() : Optional.of("code_" + check.name().toLowerCase(Locale.ROOT));
    }
}

package org.onewindow.casework.internal;

import java.util.Map;
import org.onewindow.platform.PersonalDataProtection;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Form values as JSON, encrypted at rest: they hold identity numbers, mobiles and addresses. */
@Component
class SealedJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JsonMapper json;
    private final PersonalDataProtection protection;

    SealedJson(JsonMapper json, PersonalDataProtection protection) {
        this.json = json;
        this.protection = protection;
    }

    String seal(String context, Map<String, ?> values) {
        return protection.encrypt(context, json.writeValueAsString(values));
    }

    Map<String, Object> open(String context, String sealed) {
        return json.readValue(protection.decrypt(context, sealed), MAP);
    }
}

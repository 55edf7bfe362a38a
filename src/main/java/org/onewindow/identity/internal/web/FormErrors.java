package org.onewindow.identity.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field errors in form order: field name to stable error code, shown inline and summarised. */
final class FormErrors extends LinkedHashMap<String, String> {

    FormErrors add(String field, String code) {
        putIfAbsent(field, code);
        return this;
    }

    static FormErrors of(Map<String, String> errors) {
        FormErrors copy = new FormErrors();
        copy.putAll(errors);
        return copy;
    }
}

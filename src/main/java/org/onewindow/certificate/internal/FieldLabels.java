package org.onewindow.certificate.internal;

import java.util.Map;

/** The printed labels of the field names that issuing departments use; other names print as given. */
final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "名称"),
            Map.entry("companyType", "类型"),
            Map.entry("legalRepresentative", "法定代表人"),
            Map.entry("businessScope", "经营范围"),
            Map.entry("registeredCapital", "注册资本"),
            Map.entry("establishedOn", "成立日期"),
            Map.entry("operatingPeriod", "营业期限"),
            Map.entry("address", "住所"),
            Map.entry("businessPlace", "经营场所"),
            Map.entry("mainBusiness", "主体业态"),
            Map.entry("gender", "性别"),
            Map.entry("birthDate", "出生日期"),
            Map.entry("category", "类别"),
            Map.entry("licenceClass", "准驾车型"),
            Map.entry("projectName", "工程名称"),
            Map.entry("constructionUnit", "建设单位"),
            Map.entry("remarks", "备注"));

    private FieldLabels() {}

    static String label(String fieldName) {
        return LABELS.getOrDefault(fieldName, fieldName);
    }
}

package org.onewindow.catalog;

import java.util.List;
import java.util.Set;

/**
 * A service item (政务服务事项) with the fields of GB/T 39046-2020 Table 4.
 *
 * @param code the stable short code used in URLs and receipts, e.g. {@code business-establishment}
 * @param name the item's name (≤ 200 characters)
 * @param nameEn English name
 * @param basicCode the basic code (基本编码); starts with the item type code
 * @param implementationCode the implementation code (实施编码, ≤ 24 characters)
 * @param type the item type
 * @param caseType 即办件 or 承诺件
 * @param legalBasis the laws and articles it rests on (设定依据)
 * @param department the implementing department (实施主体), by code or by function (each district's bureau)
 * @param statutoryLimit the statutory time limit (法定办结时限)
 * @param promisedLimit the promised time limit (承诺办结时限), never longer and in the same unit
 * @param acceptanceConditions who may apply and when (受理条件)
 * @param procedure the steps (办理流程)
 * @param materials the materials (申请材料)
 * @param fees the fees; empty means free (不收费)
 * @param audiences citizens, businesses or both
 * @param lifeEvents codes of the life events it belongs to
 * @param online whether it can be done entirely online (全程网办)
 * @param maxVisits the maximum number of on-site visits (到现场次数); 0 is the target
 * @param result what it yields
 * @param phones consultation and complaint numbers
 * @param synonyms words people use for it (开公司, 办执照)
 * @param keywords further search words
 * @param guide the introduction of the guide (办事指南), plain text
 * @param processing who accepts and reviews, and the workflow template
 * @param form the application form
 */
public record ServiceItem(
        String code,
        String name,
        String nameEn,
        String basicCode,
        String implementationCode,
        ItemType type,
        CaseType caseType,
        List<String> legalBasis,
        DepartmentRef department,
        TimeLimit statutoryLimit,
        TimeLimit promisedLimit,
        List<String> acceptanceConditions,
        List<ProcedureStep> procedure,
        List<Material> materials,
        List<Fee> fees,
        Set<Audience> audiences,
        List<String> lifeEvents,
        boolean online,
        int maxVisits,
        ItemResult result,
        Phones phones,
        List<String> synonyms,
        List<String> keywords,
        String guide,
        Processing processing,
        Form form) {

    public boolean free() {
        return fees.isEmpty();
    }

    public boolean isFor(Audience audience) {
        return audiences.contains(audience);
    }
}

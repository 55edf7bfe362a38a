package org.onewindow.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A "一件事" bundle: several items applied for with one merged form, one submission creating one
 * case per item.
 *
 * @param code stable code, e.g. {@code newborn}
 * @param name Chinese name, e.g. 新生儿出生一件事
 * @param nameEn English name
 * @param description what it saves the applicant
 * @param audience who applies
 * @param lifeEvents the life events it belongs to
 * @param itemCodes the items it combines, in order
 * @param form the merged form: a field asked by several items appears once
 * @param fieldsByItem for each item, the names of its form's fields
 * @param omittedFields fields that an earlier item of the bundle produces (the credit code the licence
 *     gives, the identity number the birth registration gives): not asked on the merged form, filled
 *     in by casework when that result is known
 * @param synonyms words people use for it
 */
public record Bundle(
        String code,
        String name,
        String nameEn,
        String description,
        Audience audience,
        List<String> lifeEvents,
        List<String> itemCodes,
        Form form,
        Map<String, List<String>> fieldsByItem,
        List<String> omittedFields,
        List<String> synonyms) {

    /** The values of one item's fields, taken from values submitted on the merged form; omitted fields are absent. */
    public Map<String, Object> valuesFor(String itemCode, Map<String, ?> mergedValues) {
        List<String> names = fieldsByItem.get(itemCode);
        if (names == null) {
            throw new IllegalArgumentException("item " + itemCode + " is not in bundle " + code);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : names) {
            if (mergedValues.containsKey(name)) {
                values.put(name, mergedValues.get(name));
            }
        }
        return values;
    }
}

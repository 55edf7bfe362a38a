package org.onewindow.catalog;

/**
 * One search result: an item or a bundle.
 *
 * @param kind {@code item} or {@code bundle}
 * @param code the item's or bundle's code
 * @param name its name
 * @param department the implementing department's name (items) or empty (bundles)
 * @param score the relevance score, higher is better
 */
public record SearchHit(String kind, String code, String name, String department, float score) {

    public static final String ITEM = "item";
    public static final String BUNDLE = "bundle";

    /** The guide page's path on the portal. */
    public String path() {
        return (ITEM.equals(kind) ? "/services/items/" : "/services/bundles/") + code;
    }
}

package org.onewindow.catalog;

/**
 * What an item yields (办理结果).
 *
 * @param name the result's name, e.g. 营业执照
 * @param kind certificate, approval document, record or payment
 * @param certificateType the electronic certificate type when the result is a certificate
 *     (e.g. {@code business_licence}), else null
 * @param sample a description of the result sample (结果样本); may be empty
 */
public record ItemResult(String name, Kind kind, String certificateType, String sample) {

    /** The kinds of result. */
    public enum Kind {
        CERTIFICATE("证照"),
        APPROVAL("批准文书"),
        RECORD("登记或备案结果"),
        PAYMENT("待遇发放");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean yieldsCertificate() {
        return certificateType != null;
    }
}

package org.onewindow.catalog;

/**
 * A material the applicant provides (申请材料).
 *
 * @param code stable code within the item, referenced by the form's attachment fields
 * @param name the material's name
 * @param form original, copy, both, or electronic
 * @param count how many (份)
 * @param required whether the application cannot go ahead without it
 * @param note how to obtain it, what it must show, or when it is waived; may be empty
 * @param certificateType the electronic certificate type that satisfies it (免提交), e.g.
 *     {@code business_licence}: an applicant holding a valid one may consent to its use instead of
 *     uploading; null when the material must be provided
 */
public record Material(String code, String name, MaterialForm form, int count, boolean required, String note,
        String certificateType) {

    /** Whether a valid electronic certificate can stand in for the material (免提交). */
    public boolean satisfiedByCertificate() {
        return certificateType != null;
    }

    /** The form in which a material is given (原件 / 复印件). */
    public enum MaterialForm {
        ORIGINAL("原件"),
        COPY("复印件"),
        ORIGINAL_AND_COPY("原件及复印件"),
        ELECTRONIC("电子材料");

        private final String label;

        MaterialForm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

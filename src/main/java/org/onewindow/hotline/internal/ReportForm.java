package org.onewindow.hotline.internal;

import java.util.Map;
import org.onewindow.identity.Departments;
import org.onewindow.platform.Uploads;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The web report form, for a logged-in citizen and for a reporter who verified a mobile number. */
@Component
class ReportForm {

    private final DispatchCatalogue catalogue;
    private final Departments departments;
    private final Uploads uploads;
    private final HotlineProperties properties;

    ReportForm(DispatchCatalogue catalogue, Departments departments, Uploads uploads, HotlineProperties properties) {
        this.catalogue = catalogue;
        this.departments = departments;
        this.uploads = uploads;
        this.properties = properties;
    }

    /** What the photo field's hint says: how many photos, how large. */
    static void photoLimits(Model model, Uploads uploads, HotlineProperties properties) {
        model.addAttribute("maxPhotos", properties.maxPhotos());
        model.addAttribute("maxPhotoMegabytes", uploads.maxBytes() / (1024 * 1024));
    }

    /** The form posting to {@code action}, filled with what was typed and marked with the errors. */
    String render(String action, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("services", catalogue.services());
        model.addAttribute("districts", ReportController.districts(departments));
        photoLimits(model, uploads, properties);
        return "hotline/report";
    }
}

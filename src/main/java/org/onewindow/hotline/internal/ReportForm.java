package org.onewindow.hotline.internal;

import java.util.Map;
import org.onewindow.identity.Departments;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The web report form, for a logged-in citizen and for a reporter who verified a mobile number. */
@Component
class ReportForm {

    private final DispatchCatalogue catalogue;
    private final Departments departments;

    ReportForm(DispatchCatalogue catalogue, Departments departments) {
        this.catalogue = catalogue;
        this.departments = departments;
    }

    /** The form posting to {@code action}, filled with what was typed and marked with the errors. */
    String render(String action, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("services", catalogue.services());
        model.addAttribute("districts", ReportController.districts(departments));
        return "hotline/report";
    }
}

package org.onewindow.casework.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.casework.internal.Drafts.Draft;
import org.onewindow.casework.internal.attachments.AttachmentInfo;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.Choice;
import org.onewindow.catalog.FieldType;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.FormField;
import org.onewindow.identity.Region;
import org.springframework.ui.Model;

/** What the draft page shows: every field with its value, lock, choices, uploads and error. */
final class DraftPage {

    /**
     * One field as the template renders it.
     *
     * @param path the parameter name ({@code name}, {@code group[0].name})
     * @param id the element id derived from the path
     * @param field the catalogue's field
     * @param value the value as text (plain fields)
     * @param selected the chosen values (multiple choice)
     * @param division the division code part of an address
     * @param detail the street part of an address
     * @param locked whether the value came from a registry and cannot be changed
     * @param error the error code for this field, or null
     * @param rows the rows of a repeating group (each a list of fields), one empty row last
     * @param uploads the files uploaded for an attachment field
     * @param conditionLabel the label of the field this one depends on, or null
     * @param offer for an attachment field, the electronic certificate that can stand in for the upload
     *     (免提交), or null
     */
    record FieldView(
            String path,
            String id,
            FormField field,
            String value,
            List<String> selected,
            String division,
            String detail,
            boolean locked,
            String error,
            List<List<FieldView>> rows,
            List<AttachmentInfo> uploads,
            String conditionLabel,
            MaterialCertificates.Offer offer) {

        public String type() {
            return field.type().code();
        }

        public List<Choice> choices() {
            return field.choices();
        }
    }

    private DraftPage() {}

    static void fill(Model model, Draft draft, Map<String, Object> values, Map<String, String> errors, Catalog catalog,
            List<AttachmentInfo> uploads, List<Region> regions, Map<String, MaterialCertificates.Offer> offers) {
        Form form = Targets.form(catalog, draft.kind(), draft.code()).orElseThrow(Applying.ItemWithdrawn::new);
        String title = draft.kind() == Drafts.Kind.ITEM
                ? catalog.item(draft.code()).orElseThrow().name()
                : catalog.bundle(draft.code()).orElseThrow().name();
        List<FieldView> fields = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        form.fields().forEach(f -> labels.put(f.name(), f.label()));
        for (FormField field : form.fields()) {
            FieldView view = view(field, field.name(), values.get(field.name()),
                    draft.content().locked().contains(field.name()), errors, uploads);
            if (field.type() == FieldType.ATTACHMENT && offers.containsKey(field.material())) {
                view = withOffer(view, offers.get(field.material()));
            }
            fields.add(field.showIf() == null ? view : withCondition(view, labels.get(field.showIf().field())));
        }
        model.addAttribute("draft", draft);
        model.addAttribute("title", title);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", summary(errors, form));
        model.addAttribute("regions", regions);
    }

    private static FieldView view(FormField field, String path, Object value, boolean locked,
            Map<String, String> errors, List<AttachmentInfo> uploads) {
        String id = path.replace("[", "-").replace("].", "-").replace(".", "-");
        String error = errorFor(path, field, errors);
        return switch (field.type()) {
            case GROUP -> new FieldView(path, id, field, null, List.of(), null, null, locked, error,
                    rows(field, path, value, errors, uploads), List.of(), null, null);
            case ADDRESS -> {
                Map<?, ?> parts = value instanceof Map<?, ?> map ? map : Map.of();
                yield new FieldView(path, id, field, null, List.of(), text(parts.get("division")),
                        text(parts.get("detail")), locked, error, List.of(), List.of(), null, null);
            }
            case MULTI_CHOICE -> new FieldView(path, id, field, null,
                    value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList() : List.of(),
                    null, null, locked, error, List.of(), List.of(), null, null);
            case ATTACHMENT -> new FieldView(path, id, field, null, List.of(), null, null, false, error, List.of(),
                    uploads.stream().filter(a -> a.materialCode().equals(field.material())).toList(), null, null);
            default -> new FieldView(path, id, field, text(value), List.of(), null, null, locked, error, List.of(),
                    List.of(), null, null);
        };
    }

    private static FieldView withCondition(FieldView v, String label) {
        return new FieldView(v.path(), v.id(), v.field(), v.value(), v.selected(), v.division(), v.detail(), v.locked(),
                v.error(), v.rows(), v.uploads(), label, v.offer());
    }

    private static FieldView withOffer(FieldView v, MaterialCertificates.Offer offer) {
        return new FieldView(v.path(), v.id(), v.field(), v.value(), v.selected(), v.division(), v.detail(), v.locked(),
                v.error(), v.rows(), v.uploads(), v.conditionLabel(), offer);
    }

    private static List<List<FieldView>> rows(FormField group, String path, Object value, Map<String, String> errors,
            List<AttachmentInfo> uploads) {
        List<?> stored = value instanceof List<?> list ? list : List.of();
        List<List<FieldView>> rows = new ArrayList<>();
        for (int i = 0; i <= stored.size() && i < FormInput.MAX_ROWS; i++) {
            Map<?, ?> row = i < stored.size() && stored.get(i) instanceof Map<?, ?> map ? map : Map.of();
            List<FieldView> cells = new ArrayList<>();
            for (FormField field : group.fields()) {
                cells.add(view(field, path + "[" + i + "]." + field.name(), row.get(field.name()), false, errors,
                        uploads));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String errorFor(String path, FormField field, Map<String, String> errors) {
        if (errors.containsKey(path)) {
            return errors.get(path);
        }
        if (field.type() == FieldType.ADDRESS) {
            String division = errors.get(path + ".division");
            return division != null ? division : errors.get(path + ".detail");
        }
        if (field.type() == FieldType.ATTACHMENT) {
            return errors.get("material-" + field.material());
        }
        return null;
    }

    /** Errors for the summary at the top, in form order, linked to the field ids. */
    private static Map<String, String> summary(Map<String, String> errors, Form form) {
        Map<String, String> ordered = new LinkedHashMap<>();
        errors.forEach((path, code) -> {
            String anchor = path;
            if (path.startsWith("material-")) {
                String material = path.substring("material-".length());
                anchor = form.fields().stream()
                        .filter(f -> material.equals(f.material()))
                        .map(FormField::name)
                        .findFirst()
                        .orElse(path);
            }
            ordered.putIfAbsent(anchor.replace("[", "-").replace("].", "-").replace(".division", "")
                    .replace(".detail", "").replace(".", "-"), code);
        });
        return ordered;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}

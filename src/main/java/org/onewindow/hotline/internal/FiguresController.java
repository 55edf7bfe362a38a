package org.onewindow.hotline.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Region;
import org.onewindow.platform.Csv;
import org.onewindow.platform.RequiresPermission;
import org.onewindow.shared.ChinaTime;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The centre's dashboard for a chosen period within the viewer's region (with a CSV export), and
 * the public monthly summary of the whole city on the portal (no login, counts only).
 */
@Controller
class FiguresController {

    static final int MAX_DAYS = 366;

    private final HotlineFigures figures;
    private final FiguresPage page;
    private final Departments departments;
    private final Clock clock;

    FiguresController(HotlineFigures figures, FiguresPage page, Departments departments, Clock clock) {
        this.figures = figures;
        this.page = page;
        this.departments = departments;
        this.clock = clock;
    }

    @GetMapping("/office/hotline/figures")
    @RequiresPermission("hotline.centre")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model, Locale locale) {
        Choice choice = choose(from, to);
        OneWindowUser user = CurrentUser.require();
        HotlineFigures.Figures result = figures.of(choice.period(), user.scope().region());
        model.addAttribute("period", choice.period());
        model.addAttribute("errors", choice.errors());
        model.addAttribute("regionName", departments.region(user.scope().region()).map(Region::name)
                .orElse(user.scope().region().value()));
        model.addAttribute("total", result.total());
        model.addAttribute("sections", page.sections(result, locale));
        return "hotline/figures";
    }

    @GetMapping("/office/hotline/figures.csv")
    @RequiresPermission("hotline.centre")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Locale locale) {
        Choice choice = choose(from, to);
        HotlineFigures.Figures result = figures.of(choice.period(), CurrentUser.require().scope().region());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("section", "key", "label", "value", "detail"));
        rows.add(List.of("period", "from", "", choice.period().from().toString(), ""));
        rows.add(List.of("period", "to", "", choice.period().to().toString(), ""));
        rows.add(List.of("total", "tickets", "", Long.toString(result.total()), ""));
        for (FiguresPage.Section section : page.sections(result, locale)) {
            for (FiguresPage.Row row : section.rows()) {
                rows.add(List.of(section.id(), row.key(), row.label(), row.value(),
                        row.detail() == null ? "" : row.detail()));
            }
        }
        String name = "12345-figures-" + choice.period().from() + "-" + choice.period().to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(Csv.utf8WithBom(rows));
    }

    /** The public monthly summary: a past or the current month, the whole city, counts only. */
    @GetMapping("/hotline/figures")
    String summary(@RequestParam(required = false) String month, Model model, Locale locale) {
        YearMonth current = YearMonth.now(clock.withZone(ChinaTime.ZONE));
        YearMonth chosen = current.minusMonths(1);
        Map<String, String> errors = Map.of();
        if (month != null && !month.isBlank()) {
            try {
                YearMonth asked = YearMonth.parse(month.strip());
                if (asked.isAfter(current)) {
                    errors = Map.of("month", "month_invalid");
                } else {
                    chosen = asked;
                }
            } catch (DateTimeParseException e) {
                errors = Map.of("month", "month_invalid");
            }
        }
        HotlineFigures.Period period = new HotlineFigures.Period(chosen.atDay(1), chosen.atEndOfMonth());
        HotlineFigures.Figures result = figures.of(period, null);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(current.minusMonths(i));
        }
        model.addAttribute("month", chosen);
        model.addAttribute("months", months);
        model.addAttribute("errors", errors);
        model.addAttribute("total", result.total());
        model.addAttribute("sections", page.sections(result, locale));
        return "hotline/summary";
    }

    /** The period asked for, or this month so far with the reason the request was not taken. */
    record Choice(HotlineFigures.Period period, Map<String, String> errors) {}

    private Choice choose(String from, String to) {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        HotlineFigures.Period fallback = new HotlineFigures.Period(today.withDayOfMonth(1), today);
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            return new Choice(fallback, Map.of());
        }
        LocalDate start;
        LocalDate end;
        try {
            start = from == null || from.isBlank() ? fallback.from() : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            return new Choice(fallback, Map.of("from", "date_invalid"));
        }
        try {
            end = to == null || to.isBlank() ? today : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            return new Choice(fallback, Map.of("to", "date_invalid"));
        }
        if (start.isAfter(end)) {
            return new Choice(fallback, Map.of("to", "period_invalid"));
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            return new Choice(fallback, Map.of("to", "period_too_long"));
        }
        return new Choice(new HotlineFigures.Period(start, end), Map.of());
    }
}

package org.onewindow.rating.internal.performance;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Department;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.platform.Csv;
import org.onewindow.platform.RequiresPermission;
import org.onewindow.rating.RatingException;
import org.onewindow.shared.ChinaTime;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The office performance pages: a department's figures per item for a period, with charts and a
 * CSV file; for supervisors, every department of their region side by side. Read only.
 */
@Controller
class PerformanceController {

    private final DepartmentPerformance performance;
    private final PerformanceScope scope;
    private final PerformanceCharts charts;
    private final PerformanceCsv csv;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    PerformanceController(DepartmentPerformance performance, PerformanceScope scope, PerformanceCharts charts,
            PerformanceCsv csv, AuditLog audit, MessageSource messages, Clock clock) {
        this.performance = performance;
        this.scope = scope;
        this.charts = charts;
        this.csv = csv;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Supervisors: their region's departments; anyone else: their own department's page. */
    @GetMapping("/office/performance")
    @RequiresPermission(PerformanceScope.READ)
    String overview(@RequestParam(required = false) String month, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Locale locale, HttpServletResponse response, Model model) {
        OneWindowUser user = CurrentUser.require();
        if (!scope.supervises(user)) {
            return "redirect:" + UriComponentsBuilder.fromPath("/office/performance/departments/{id}")
                    .queryParamIfPresent("month", java.util.Optional.ofNullable(month))
                    .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                    .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                    .buildAndExpand(user.scope().departmentId()).encode().toUriString();
        }
        PerformancePeriod period = period(month, from, to, response, model);
        if (period != null) {
            DepartmentPerformance.Overview overview = performance.departments(scope.visible(user), period, true);
            model.addAttribute("overview", overview);
            model.addAttribute("charts", charts.of("departments", text("performance.overview.subject", locale),
                    overview.departments(), locale));
            model.addAttribute("exportUrl", link("/office/performance/export", period));
            model.addAttribute("periodQuery", link("", period));
        }
        return "rating/performance-overview";
    }

    @GetMapping("/office/performance/departments/{id}")
    @RequiresPermission(PerformanceScope.READ)
    String department(@PathVariable UUID id, @RequestParam(required = false) String month,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Department department = visible(id, request);
        model.addAttribute("department", department);
        model.addAttribute("supervises", scope.supervises(CurrentUser.require()));
        PerformancePeriod period = period(month, from, to, response, model);
        if (period != null) {
            DepartmentPerformance.DepartmentReport report = performance.department(department, period);
            model.addAttribute("report", report);
            model.addAttribute("charts", charts.of("items", department.name(), report.items(), locale));
            model.addAttribute("exportUrl", link("/office/performance/departments/" + id + "/export", period));
            model.addAttribute("ticketsShare", PerformanceLine.percent(report.tickets().satisfiedShare()));
        }
        return "rating/performance";
    }

    @GetMapping("/office/performance/departments/{id}/export")
    @RequiresPermission(PerformanceScope.READ)
    ResponseEntity<byte[]> exportDepartment(@PathVariable UUID id, @RequestParam(required = false) String month,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
            HttpServletRequest request) {
        Department department = visible(id, request);
        PerformancePeriod period;
        try {
            period = PerformancePeriod.parse(month, from, to, today());
        } catch (PerformancePeriod.Invalid e) {
            return refused(e, locale);
        }
        return file("performance-" + department.code() + "-" + period.slug() + ".csv",
                csv.department(performance.department(department, period), locale));
    }

    @GetMapping("/office/performance/export")
    @RequiresPermission(PerformanceScope.SUPERVISE)
    ResponseEntity<byte[]> exportOverview(@RequestParam(required = false) String month,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
        OneWindowUser user = CurrentUser.require();
        PerformancePeriod period;
        try {
            period = PerformancePeriod.parse(month, from, to, today());
        } catch (PerformancePeriod.Invalid e) {
            return refused(e, locale);
        }
        List<Department> departments = scope.visible(user);
        return file("performance-departments-" + period.slug() + ".csv",
                csv.overview(performance.departments(departments, period, true),
                        departments.stream().map(Department::code).toList(), locale));
    }

    /** The period asked for, or {@code null} after putting the error and the entered values into the model. */
    private PerformancePeriod period(String month, String from, String to, HttpServletResponse response,
            Model model) {
        LocalDate today = today();
        model.addAttribute("presets", PerformancePeriod.presets(today));
        model.addAttribute("month", month);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            PerformancePeriod period = PerformancePeriod.parse(month, from, to, today);
            model.addAttribute("period", period);
            model.addAttribute("errors", Map.of());
            return period;
        } catch (PerformancePeriod.Invalid e) {
            response.setStatus(e.error().status());
            model.addAttribute("errors", Map.of(e.field(), e.code()));
            return null;
        }
    }

    private Department visible(UUID id, HttpServletRequest request) {
        OneWindowUser user = CurrentUser.require();
        try {
            return scope.department(user, id);
        } catch (RatingException e) {
            audit.recordIndependently(AuditRecord.of(AuditEvent.PERMISSION_DENIED,
                            Actor.staff(user.id().toString(), user.name()), AuditResult.DENIED)
                    .withIp(request.getRemoteAddr()).withObject("department", id.toString()).withDetail(e.code()));
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private ResponseEntity<byte[]> refused(PerformancePeriod.Invalid e, Locale locale) {
        return ResponseEntity.status(e.error().status())
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body((text("error." + e.code(), locale) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> file(String name, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    /** A link with the period's parameters. */
    static String link(String path, PerformancePeriod period) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (period.isMonth()) {
            link.queryParam("month", period.month());
        } else {
            link.queryParam("from", period.first()).queryParam("to", period.last());
        }
        return link.toUriString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

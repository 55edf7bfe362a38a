package org.onewindow.rating.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.casework.CaseSummary;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.rating.RatingError;
import org.onewindow.rating.RatingException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The rater's pages on the portal: rate a closed case from "my applications", see one's ratings
 * with the department's reply to a poor one, and say whether that reply satisfied.
 */
@Controller
class MyRatingsController {

    private static final int PAGE = 20;

    private final RatingCases rating;
    private final RatingRecords ratings;
    private final RaterFeedback feedback;
    private final RatingViews views;
    private final RatingRules rules;

    MyRatingsController(RatingCases rating, RatingRecords ratings, RaterFeedback feedback, RatingViews views,
            RatingRules rules) {
        this.rating = rating;
        this.ratings = ratings;
        this.feedback = feedback;
        this.views = views;
        this.rules = rules;
    }

    @GetMapping("/ratings")
    String mine(@RequestParam(required = false) Instant beforeAt, @RequestParam(required = false) UUID beforeId,
            Model model) {
        List<Rating> page = ratings.ofRater(CurrentUser.require().id(), beforeAt, beforeId, PAGE);
        model.addAttribute("ratings", views.of(page));
        model.addAttribute("next", page.size() == PAGE ? page.getLast() : null);
        return "rating/mine";
    }

    /** The rating form for a closed case, or the rating it already has. */
    @GetMapping("/ratings/cases/{caseId}")
    String form(@PathVariable UUID caseId, HttpServletResponse response, Model model) {
        UUID me = CurrentUser.require().id();
        CaseSummary summary = applicantsCase(me, caseId);
        var existing = ratings.ofCase(caseId);
        if (existing.isPresent()) {
            return "redirect:/ratings/" + existing.get().id();
        }
        if (!summary.status().closedWithResult()) {
            response.setStatus(RatingError.CASE_NOT_CLOSED.status());
            model.addAttribute("errors", Map.of("level", RatingError.CASE_NOT_CLOSED.code()));
        }
        return form(summary, new RatingInput(0, List.of(), null), model);
    }

    @PostMapping("/ratings/cases/{caseId}")
    String rate(@PathVariable UUID caseId, @RequestParam(defaultValue = "0") int level,
            @RequestParam(required = false) List<String> tags, @RequestParam(required = false) String comment,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        OneWindowUser me = CurrentUser.require();
        Acting rater = Acting.of(me, request.getRemoteAddr());
        RatingInput input = new RatingInput(level, tags, comment);
        try {
            Rating rated = rating.rate(rater, caseId, input);
            return "redirect:/ratings/" + rated.id() + "?rated";
        } catch (RatingException e) {
            rating.refused(rater, caseId, e);
            if (e.error().status() == 404) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setStatus(e.error().status());
            model.addAttribute("errors", Map.of(field(e.error()), e.code()));
            return form(applicantsCase(me.id(), caseId), input, model);
        }
    }

    @GetMapping("/ratings/{ratingId}")
    String view(@PathVariable UUID ratingId, Model model) {
        model.addAttribute("view", views.of(own(ratingId)));
        return "rating/rating";
    }

    @PostMapping("/ratings/{ratingId}/feedback")
    String feedback(@PathVariable UUID ratingId, @RequestParam(required = false) Boolean satisfied,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Acting rater = Acting.of(CurrentUser.require(), request.getRemoteAddr());
        try {
            if (satisfied == null) {
                own(ratingId);
                throw new RatingException(RatingError.FEEDBACK_NOT_ALLOWED);
            }
            feedback.answer(rater, ratingId, satisfied);
            return "redirect:/ratings/" + ratingId + "?answered";
        } catch (RatingException e) {
            feedback.refused(rater, ratingId, e);
            if (e.error().status() == 404) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setStatus(e.error().status());
            model.addAttribute("errors", Map.of("satisfied", e.code()));
            return view(ratingId, model);
        }
    }

    private String form(CaseSummary summary, RatingInput input, Model model) {
        model.addAttribute("summary", summary);
        model.addAttribute("itemName", views.itemName(summary.itemCode()));
        model.addAttribute("departmentName", summary.responsibleDepartmentId() == null
                ? "" : views.departmentName(summary.responsibleDepartmentId()));
        model.addAttribute("closed", summary.status().closedWithResult());
        model.addAttribute("input", input);
        model.addAttribute("praise", RatingTag.of(RatingTag.Kind.PRAISE));
        model.addAttribute("criticism", RatingTag.of(RatingTag.Kind.CRITICISM));
        model.addAttribute("commentMax", rules.commentMaxLength());
        return "rating/rate";
    }

    private CaseSummary applicantsCase(UUID me, UUID caseId) {
        try {
            return rating.applicantsCase(me, caseId);
        } catch (RatingException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private Rating own(UUID ratingId) {
        try {
            return feedback.own(CurrentUser.require().id(), ratingId);
        } catch (RatingException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String field(RatingError error) {
        return switch (error) {
            case RATING_TAG_INVALID -> "tags";
            case RATING_COMMENT_TOO_LONG -> "comment";
            default -> "level";
        };
    }
}

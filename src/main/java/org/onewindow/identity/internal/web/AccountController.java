package org.onewindow.identity.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.internal.BusinessAccounts;
import org.onewindow.identity.internal.BusinessAccounts.Membership;
import org.onewindow.identity.internal.Citizens;
import org.onewindow.identity.internal.Citizens.Citizen;
import org.onewindow.identity.internal.Registration;
import org.onewindow.registry.DataAccessLog;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** "My account": my data (masked), who read it, and the businesses I represent or act for. */
@Controller
class AccountController {

    private static final int ACCESS_LOG_PAGE = 20;

    private final Citizens citizens;
    private final BusinessAccounts businesses;
    private final DataAccessLog accessLog;

    AccountController(Citizens citizens, BusinessAccounts businesses, DataAccessLog accessLog) {
        this.citizens = citizens;
        this.businesses = businesses;
        this.accessLog = accessLog;
    }

    @GetMapping("/account")
    String account(@RequestParam(required = false) Long before, Model model) {
        OneWindowUser user = CurrentUser.require();
        Citizen citizen = citizens.byId(user.id()).orElseThrow();
        model.addAttribute("citizen", citizen);
        model.addAttribute("memberships", businesses.membershipsOf(user.id()));
        var reads = accessLog.readsOf(citizen.idNumber(), before, ACCESS_LOG_PAGE);
        model.addAttribute("reads", reads);
        model.addAttribute("nextBefore", reads.size() == ACCESS_LOG_PAGE ? reads.getLast().id() : null);
        model.addAttribute("form", Map.of());
        return "portal/account";
    }

    @PostMapping("/account/business")
    String openBusiness(@RequestParam(defaultValue = "") String creditCode, Model model) {
        OneWindowUser user = CurrentUser.require();
        Map<String, String> errors = new LinkedHashMap<>();
        CreditCode code = Registration.parse(creditCode, CreditCode::parse, "creditCode", "credit_code_required", errors);
        if (errors.isEmpty()) {
            Optional<String> refused = businesses.open(user, code);
            if (refused.isEmpty()) {
                return "redirect:/account?business";
            }
            errors.put("creditCode", refused.get());
        }
        model.addAttribute("errors", FormErrors.of(errors));
        account(null, model);
        model.addAttribute("form", Map.of("creditCode", creditCode));
        return "portal/account";
    }

    @GetMapping("/account/business/{businessId}")
    String business(@PathVariable UUID businessId, Model model) {
        OneWindowUser user = CurrentUser.require();
        Membership membership = businesses.membership(user.id(), businessId).orElseThrow(AccountController::notFound);
        model.addAttribute("business", membership);
        model.addAttribute("agents", membership.legalRepresentative() ? businesses.agentsOf(businessId) : java.util.List.of());
        model.addAttribute("form", Map.of());
        return "portal/business";
    }

    @PostMapping("/account/business/{businessId}/agents")
    String delegate(
            @PathVariable UUID businessId,
            @RequestParam(defaultValue = "") String agentName,
            @RequestParam(defaultValue = "") String agentIdNumber,
            Model model) {
        OneWindowUser user = CurrentUser.require();
        businesses.membership(user.id(), businessId)
                .filter(Membership::legalRepresentative)
                .orElseThrow(AccountController::notFound);
        Map<String, String> errors = new LinkedHashMap<>();
        if (agentName.isBlank()) {
            errors.put("agentName", "name_required");
        }
        IdNumber id = Registration.parse(agentIdNumber, IdNumber::parse, "agentIdNumber", "id_number_required", errors);
        if (errors.isEmpty()) {
            Optional<String> refused = businesses.delegate(user, businessId, agentName, id);
            if (refused.isEmpty()) {
                return "redirect:/account/business/" + businessId + "?delegated";
            }
            errors.put("agentIdNumber", refused.get());
        }
        business(businessId, model);
        model.addAttribute("errors", FormErrors.of(errors));
        model.addAttribute("form", Map.of("agentName", agentName, "agentIdNumber", agentIdNumber));
        return "portal/business";
    }

    @PostMapping("/account/business/{businessId}/agents/{agentId}/revoke")
    String revoke(@PathVariable UUID businessId, @PathVariable UUID agentId) {
        OneWindowUser user = CurrentUser.require();
        if (!businesses.revoke(user, businessId, agentId)) {
            throw notFound();
        }
        return "redirect:/account/business/" + businessId + "?revoked";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "not_found");
    }
}

package org.onewindow.hotline.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.onewindow.identity.CurrentUser;
import org.onewindow.platform.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Issues and revokes Open311 API keys; a new key is shown once, on the answer to the issuing post. */
@Controller
class ApiKeysController {

    private final ApiKeys keys;

    ApiKeysController(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/office/hotline/api-keys")
    @RequiresPermission("hotline.apikeys")
    String list(Model model) {
        model.addAttribute("keys", keys.all());
        return "hotline/api-keys";
    }

    @PostMapping("/office/hotline/api-keys")
    @RequiresPermission("hotline.apikeys")
    String issue(@RequestParam(defaultValue = "") String name, HttpServletRequest request, Model model) {
        if (name.isBlank() || name.length() > 100) {
            model.addAttribute("errors", Map.of("name", "api_key_name_required"));
        } else {
            model.addAttribute("issued", keys.issue(name, Acting.of(CurrentUser.require(), request.getRemoteAddr())));
        }
        return list(model);
    }

    @PostMapping("/office/hotline/api-keys/{id}/revoke")
    @RequiresPermission("hotline.apikeys")
    String revoke(@PathVariable UUID id, HttpServletRequest request) {
        keys.revoke(id, Acting.of(CurrentUser.require(), request.getRemoteAddr()));
        return "redirect:/office/hotline/api-keys?revoked";
    }
}

package org.onewindow.identity.internal.web;

import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user (or null) into every page's model for the header. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    OneWindowUser currentUser() {
        return CurrentUser.get().orElse(null);
    }
}

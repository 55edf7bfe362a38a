package org.onewindow.identity.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onewindow.audit.AuditEvent;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.platform.RequiresPermission;
import org.onewindow.platform.Zones;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default in the office: a handler must name its permission, and the staff member must
 * hold it. A handler without {@link RequiresPermission} is refused for everyone.
 */
@Component
class PermissionInterceptor implements HandlerInterceptor {

    private final Zones zones;
    private final IdentityAudit audit;

    PermissionInterceptor(Zones zones, IdentityAudit audit) {
        this.zones = zones;
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!zones.isOffice(request) || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        RequiresPermission required = requiredPermission(method);
        if (required == null && isPublicOfficePage(method)) {
            return true;
        }
        OneWindowUser user = CurrentUser.get().orElse(null);
        if (required != null && user != null && user.can(required.value())) {
            return true;
        }
        audit.denied(
                AuditEvent.PERMISSION_DENIED,
                IdentityAudit.currentActor(),
                "path",
                request.getMethod() + " " + request.getRequestURI(),
                required == null ? "endpoint names no permission" : "lacks " + required.value());
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "permission_denied");
        return false;
    }

    static RequiresPermission requiredPermission(HandlerMethod method) {
        RequiresPermission onMethod = method.getMethodAnnotation(RequiresPermission.class);
        return onMethod != null ? onMethod : method.getBeanType().getAnnotation(RequiresPermission.class);
    }

    static boolean isPublicOfficePage(HandlerMethod method) {
        return method.getBeanType().isAnnotationPresent(OfficeLoginPages.class)
                || method.getBeanType().getName().startsWith("org.springframework.boot");
    }
}

package org.onewindow.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns an upload over the size limits into a clear answer instead of a server error: the
 * container refuses to parse such a request wherever its parameters are first read (often the
 * CSRF check), so this filter sits in front of everything. A form is sent back to its page with
 * {@code ?error=file_too_large}; anything else gets 413 with a stable code. Nothing is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadLimitFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!overLimit(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            String accept = request.getHeader("Accept");
            if (accept != null && accept.contains("text/html")) {
                String page = request.getRequestURI().replaceFirst("/resubmit$", "");
                response.sendRedirect(page + "?error=file_too_large");
            } else {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setContentType("application/json");
                response.getWriter().write("{\"code\":\"file_too_large\",\"errors\":[]}");
            }
        }
    }

    private static boolean overLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("FileSizeLimitExceededException") || name.equals("SizeLimitExceededException")
                    || name.equals("MaxUploadSizeExceededException")) {
                return true;
            }
        }
        return false;
    }
}

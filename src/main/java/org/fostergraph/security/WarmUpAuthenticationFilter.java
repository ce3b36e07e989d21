package org.fostergraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in the start-up warm-up's HTTP requests by its {@link WarmUpPass}; every other request passes untouched to the
 * API's own authentication. Not a bean, so that only the API's filter chain runs it (a filter bean would also be
 * registered with the servlet container for every request).
 */
final class WarmUpAuthenticationFilter extends OncePerRequestFilter {

    private final WarmUpPass pass;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    WarmUpAuthenticationFilter(WarmUpPass pass) {
        this.pass = pass;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        pass.callerOf(request).ifPresent(caller -> {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(new CallerToken(caller, null));
            contexts.setContext(context);
        });
        chain.doFilter(request, response);
    }
}

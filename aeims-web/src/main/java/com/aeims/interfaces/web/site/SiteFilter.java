package com.aeims.interfaces.web.site;

import com.aeims.application.site.SiteService;
import com.aeims.domain.model.site.Site;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Chooses the branded site for each request and keeps customers behind the 18+ gate until they confirm.
 * A brand's own host is always that brand. On any other host (localhost, a staging name) {@code ?site=code} chooses
 * the brand, remembered in a cookie (never a session: a visitor who only looks costs the server nothing), else the
 * default site.
 */
@WebFilter(urlPatterns = "/*", filterName = "SiteFilter",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SiteFilter extends HttpFilter {

    public static final String SITE_ATTRIBUTE = "aeims.site";
    public static final String AGE_COOKIE = "aeims_age_ok";
    static final String SITE_COOKIE = "aeims_site";
    /** Pages (the gate guards pages only, not the API, styles or images) that adults-only does not apply to. */
    private static final String[] UNGATED_PREFIXES = {
            "/age-gate.xhtml", "/login.xhtml", "/jakarta.faces.resource/", "/operator/", "/admin/", "/account/",
            "/access-denied.xhtml", "/not-found.xhtml"};

    @Inject
    private SiteService sites;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(SITE_ATTRIBUTE) == null) {
            request.setAttribute(SITE_ATTRIBUTE, resolve(request, response));
        }
        if (request.getDispatcherType() == DispatcherType.REQUEST && needsAgeGate(request)) {
            response.sendRedirect(request.getContextPath() + "/age-gate.xhtml?next="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * {@code ?site=} from the query string only: getParameter would read (and use up) a form body that JAX-RS
     * resources, such as the SMS webhook, need to read themselves.
     */
    static String siteInQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("site=")) {
                return java.net.URLDecoder.decode(pair.substring("site=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private Site resolve(HttpServletRequest request, HttpServletResponse response) {
        Optional<Site> byHost = sites.findByHost(request.getHeader("Host"));
        if (byHost.isPresent()) {
            return byHost.get();
        }
        String requested = siteInQuery(request.getQueryString());
        if (requested != null) {
            Optional<Site> chosen = sites.findByCode(requested);
            if (chosen.isPresent()) {
                remember(chosen.get(), request, response);
                return chosen.get();
            }
        }
        return Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(cookie -> SITE_COOKIE.equals(cookie.getName()))
                .map(cookie -> sites.findByCode(cookie.getValue())).flatMap(Optional::stream)
                .findFirst().orElseGet(sites::defaultSite);
    }

    private static void remember(Site site, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(SITE_COOKIE, site.getCode());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static boolean needsAgeGate(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = path.equals("/") || path.endsWith(".xhtml");
        if (!page || Arrays.stream(UNGATED_PREFIXES).anyMatch(path::startsWith)) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null || Arrays.stream(cookies).noneMatch(c -> AGE_COOKIE.equals(c.getName())
                && "yes".equals(c.getValue()));
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}

package com.aeims.interfaces.web.site;

import com.aeims.application.site.SiteService;
import com.aeims.domain.model.site.Site;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Serves a site's brand colors as CSS custom properties, so the admin can rebrand without a deployment. */
@WebServlet("/theme/*")
public class SiteThemeServlet extends HttpServlet {

    @Inject
    private SiteService sites;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String code = path == null ? "" : path.replaceFirst("^/", "").replaceFirst("\\.css$", "");
        Optional<Site> site = sites.findByCode(code);
        if (site.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter().printf(":root {%n  --brand-primary: %s;%n  --brand-accent: %s;%n}%n",
                site.get().getPrimaryColor(), site.get().getAccentColor());
    }
}

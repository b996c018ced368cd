package com.aeims.testsupport;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every endpoint the web module has, found in what was built rather than in a list: the JAX-RS resource methods
 * (read as bytecode from the web module's classes, so nothing of them is loaded here) and the JSF pages.
 */
public final class WebEndpoints {

    private static final Path WEB_MODULE = Path.of(System.getProperty("aeims.web-module", "../aeims-web"));
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> NOT_ENTITIES = Set.of("jakarta.ws.rs.PathParam", "jakarta.ws.rs.QueryParam",
            "jakarta.ws.rs.HeaderParam", "jakarta.ws.rs.CookieParam", "jakarta.ws.rs.FormParam",
            "jakarta.ws.rs.MatrixParam", "jakarta.ws.rs.BeanParam", "jakarta.ws.rs.core.Context");

    private WebEndpoints() {
    }

    /**
     * One resource method: its HTTP method and path under the API root ({@code api/rooms/{id}/join}), the roles it
     * allows (empty: anyone), whether it reads a JSON body, and whether outside systems call it (webhooks).
     */
    public record ApiEndpoint(String method, String path, Set<String> roles, boolean jsonBody, boolean external) {

        public String key() {
            return method + " " + path;
        }

        public boolean changesState() {
            return !method.equals("GET");
        }
    }

    public static List<ApiEndpoint> api() {
        JavaClasses classes = new ClassFileImporter().importPath(WEB_MODULE.resolve("target/classes"));
        String root = classes.stream().flatMap(c -> value(c.tryGetAnnotationOfType("jakarta.ws.rs.ApplicationPath")))
                .findFirst().orElseThrow(() -> new IllegalStateException("no @ApplicationPath in the web module"));
        List<ApiEndpoint> endpoints = new ArrayList<>();
        for (JavaClass resource : classes) {
            Optional<String> base = value(resource.tryGetAnnotationOfType("jakarta.ws.rs.Path")).findFirst();
            if (base.isEmpty()) {
                continue;
            }
            boolean external = resource.isAnnotatedWith("com.aeims.interfaces.rest.ExternalCaller");
            for (JavaMethod method : resource.getMethods()) {
                Optional<String> http = HTTP_METHODS.stream()
                        .filter(m -> method.isAnnotatedWith("jakarta.ws.rs." + m)).findFirst();
                if (http.isEmpty()) {
                    continue;
                }
                String sub = value(method.tryGetAnnotationOfType("jakarta.ws.rs.Path")).findFirst().orElse("");
                endpoints.add(new ApiEndpoint(http.get(), join(root, base.get(), sub), roles(resource, method),
                        readsJson(resource, method), external));
            }
        }
        return endpoints;
    }

    /** The pages, as paths from the site's root ({@code customer/room.xhtml}). */
    public static List<String> pages() {
        Path webapp = WEB_MODULE.resolve("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The roles each protected area of pages allows, as web.xml's security constraints say: path prefix
     * ({@code customer/}) to roles.
     */
    public static Map<String, Set<String>> pageAreas() {
        String webXml;
        try {
            webXml = Files.readString(WEB_MODULE.resolve("src/main/webapp/WEB-INF/web.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> areas = new LinkedHashMap<>();
        Matcher constraint = Pattern.compile(
                "<security-constraint>(.*?)</security-constraint>", Pattern.DOTALL).matcher(webXml);
        while (constraint.find()) {
            Set<String> roles = new LinkedHashSet<>();
            Matcher role = Pattern.compile("<role-name>\\s*([^<\\s]+)\\s*</role-name>")
                    .matcher(constraint.group(1));
            while (role.find()) {
                roles.add(role.group(1));
            }
            Matcher pattern = Pattern.compile(
                    "<url-pattern>\\s*/([^<*\\s]*)\\*\\s*</url-pattern>").matcher(constraint.group(1));
            while (pattern.find()) {
                areas.put(pattern.group(1), roles);
            }
        }
        return areas;
    }

    private static Set<String> roles(JavaClass resource, JavaMethod method) {
        if (method.isAnnotatedWith("jakarta.annotation.security.PermitAll")) {
            return Set.of();
        }
        Optional<JavaAnnotation<JavaMethod>> onMethod = method.tryGetAnnotationOfType(
                "jakarta.annotation.security.RolesAllowed");
        Stream<String> roles = onMethod.isPresent() ? value(onMethod)
                : value(resource.tryGetAnnotationOfType("jakarta.annotation.security.RolesAllowed"));
        return new LinkedHashSet<>(roles.toList());
    }

    private static boolean readsJson(JavaClass resource, JavaMethod method) {
        Optional<JavaAnnotation<JavaMethod>> onMethod = method.tryGetAnnotationOfType("jakarta.ws.rs.Consumes");
        List<String> consumes = (onMethod.isPresent() ? value(onMethod)
                : value(resource.tryGetAnnotationOfType("jakarta.ws.rs.Consumes"))).toList();
        boolean entity = method.getParameters().stream().anyMatch(WebEndpoints::isEntity);
        return entity && consumes.stream().anyMatch(type -> type.contains("json"));
    }

    private static boolean isEntity(JavaParameter parameter) {
        return parameter.getAnnotations().stream().noneMatch(a -> NOT_ENTITIES.contains(a.getRawType().getName()));
    }

    /** An annotation's {@code value}, a string or an array of them. */
    private static Stream<String> value(Optional<? extends JavaAnnotation<?>> annotation) {
        return annotation.flatMap(a -> a.get("value")).stream().flatMap(v -> v instanceof Object[] many
                ? Arrays.stream(many).map(String::valueOf) : Stream.of(String.valueOf(v)));
    }

    private static String join(String... parts) {
        return String.join("/", Arrays.stream(parts).map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty())
                .toList());
    }
}

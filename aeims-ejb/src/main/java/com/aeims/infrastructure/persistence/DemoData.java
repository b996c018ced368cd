package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.Customer;
import com.aeims.domain.model.account.PasswordHash;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.operator.OperatorProfile;
import com.aeims.domain.model.room.ChatRoom;
import com.aeims.domain.model.site.Site;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Demo operators, customer and admin for the run command's demo mode (system property {@code aeims.demo=true}).
 * Their passwords are published, so they go only into a throwaway database (one whose comment is
 * {@link #THROWAWAY_MARK}: the run command and the tests mark the embedded ones they start), and a start outside
 * demo mode on any other database refuses to run while they are in it. Either refusal fails the deployment.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoData {

    public static final String FLAG = "aeims.demo";
    public static final String OPERATOR_PASSWORD = "flirtyuser";
    public static final String CUSTOMER_EMAIL = "demo.customer@example.com";
    public static final String CUSTOMER_PASSWORD = "DemoCustomer#2026";
    public static final String CUSTOMER_PHONE = "+12125550199";
    public static final String ADMIN_EMAIL = "demo.admin@example.com";
    public static final String ADMIN_PASSWORD = "DemoAdmin#2026";
    public static final String ROOM_PIN = "2026";
    public static final String THROWAWAY_MARK = "aeims throwaway demo database";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private record DemoOperator(String email, OperatorProfile profile, Availability availability, String... sites) {
    }

    private static final List<DemoOperator> OPERATORS = List.of(
            demo("sarah.johnson", "Sarah Johnson", "Warm laugh, good listener", "Manhattan night owl who loves jazz bars and long talks.", "English, Spanish", 28, 168, "Slim", "Brunette", "Brown", 399, Availability.ONLINE),
            demo("mia.rodriguez", "Mia Rodriguez", "Bronx-born and bold", "Salsa dancer, bookworm, asks the questions nobody else does.", "English, Spanish", 31, 160, "Curvy", "Black", "Brown", 449, Availability.ONLINE),
            demo("emma.chen", "Emma Chen", "Soft-spoken artist", "Painter from Queens; let's talk about anything but the weather.", "English, Mandarin", 26, 163, "Petite", "Black", "Brown", 399, Availability.OFFLINE),
            demo("olivia.brooks", "Olivia Brooks", "Your Brooklyn confidante", "Coffee snob, vinyl collector, endlessly curious.", "English", 34, 175, "Athletic", "Blonde", "Blue", 499, Availability.ONLINE),
            demo("ava.martin", "Ava Martin", "Playful and sweet", "Theatre kid who never grew up. Expect voices.", "English, French", 24, 165, "Slim", "Red", "Green", 349, Availability.OFFLINE),
            demo("isabella.rossi", "Isabella Rossi", "Little Italy charm", "Cooks for everyone, talks to everyone, remembers everything.", "English, Italian", 37, 170, "Curvy", "Brunette", "Hazel", 599, Availability.OFFLINE),
            demo("chloe.williams", "Chloe Williams", "Calm voice after a long day", "Yoga teacher by day, stargazer by night.", "English", 29, 172, "Athletic", "Blonde", "Green", 399, Availability.OFFLINE),
            demo("zoe.kim", "Zoe Kim", "Gamer girl with opinions", "Will beat you at trivia and then let you win a rematch.", "English, Korean", 25, 158, "Petite", "Black", "Brown", 299, Availability.ONLINE),
            demo("natalie.price", "Natalie Price", "Upper East Side elegance", "Gallery tours, old films, and honest conversation.", "English, German", 41, 178, "Slim", "Auburn", "Blue", 699, Availability.OFFLINE),
            demo("grace.thompson", "Grace Thompson", "Southern warmth in the big city", "Moved from Georgia, kept the accent and the manners.", "English", 33, 167, "Average", "Brunette", "Blue", 399, Availability.OFFLINE));

    private static final List<DemoOperator> SEXACOMMS_OPERATORS = List.of(
            demo("raven.black", "Raven Black", "Midnight conversations", "Poet, night-shift thinker, unapologetically direct.", "English", 30, 170, "Slim", "Black", "Grey", 549, Availability.ONLINE, "sexacomms"),
            demo("luna.vega", "Luna Vega", "Sultry and smart", "Astronomy nerd with a wicked sense of humor.", "English, Portuguese", 27, 164, "Curvy", "Brunette", "Brown", 499, Availability.OFFLINE, "sexacomms"),
            demo("scarlett.hayes", "Scarlett Hayes", "Confident company", "Former radio host; my voice is my favorite instrument.", "English", 38, 173, "Athletic", "Red", "Green", 649, Availability.OFFLINE, "sexacomms"),
            demo("jade.moreau", "Jade Moreau", "Parisian in Manhattan", "Wine, philosophy and a little mischief.", "English, French", 32, 169, "Slim", "Blonde", "Blue", 599, Availability.ONLINE, "sexacomms"));

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    private static DemoOperator demo(String login, String name, String headline, String bio, String languages, int age,
                                     int heightCm, String build, String hair, String eyes, int rateCents,
                                     Availability availability, String... sites) {
        OperatorProfile profile = new OperatorProfile(name, headline, bio, languages, age, heightCm, build, hair, eyes,
                rateCents, Operator.DEFAULT_CONNECT_FEE_CENTS, Operator.DEFAULT_MESSAGE_PRICE_CENTS);
        String[] listedOn = sites.length == 0 ? new String[] {"flirts-nyc", "nycflirts"} : sites;
        return new DemoOperator(login + "@example.com", profile, availability, listedOn);
    }

    /** The demo operators' logins, for the run command to print. */
    public static final List<String> OPERATOR_EMAILS = java.util.stream.Stream.concat(OPERATORS.stream(),
            SEXACOMMS_OPERATORS.stream()).map(DemoOperator::email).toList();

    @PostConstruct
    void checkAndLoad() {
        boolean demoMode = Boolean.getBoolean(FLAG);
        checkDatabase(demoMode);
        if (demoMode) {
            load();
        }
    }

    /** Refuses demo mode on a database not marked throwaway, and demo accounts in one outside demo mode. */
    public void checkDatabase(boolean demoMode) {
        Object mark = em.createNativeQuery("SELECT shobj_description(oid, 'pg_database') FROM pg_database"
                + " WHERE datname = current_database()").getSingleResult();
        if (THROWAWAY_MARK.equals(mark)) {
            return;
        }
        if (demoMode) {
            throw new IllegalStateException("Demo mode (-Daeims.demo=true) loads accounts whose passwords are"
                    + " published, so it runs only on a throwaway database: the run command's embedded one, or one"
                    + " marked with COMMENT ON DATABASE <name> IS '" + THROWAWAY_MARK + "'. This database is not.");
        }
        List<String> present = em.createQuery("SELECT a.email FROM Account a WHERE a.email IN :emails", String.class)
                .setParameter("emails", allEmails()).getResultList();
        if (!present.isEmpty()) {
            throw new IllegalStateException("This database holds demo accounts whose passwords are published ("
                    + String.join(", ", present) + "), so AEIMS refuses to start on it. Retire them with"
                    + " db/ops/retire-demo-accounts.sql (README, Operations) or start on a fresh database.");
        }
    }

    /** Every account demo mode makes. */
    public static List<String> allEmails() {
        List<String> emails = new java.util.ArrayList<>(OPERATOR_EMAILS);
        emails.add(CUSTOMER_EMAIL);
        emails.add(ADMIN_EMAIL);
        return emails;
    }

    private void load() {
        if (accountExists(ADMIN_EMAIL)) {
            LOG.info("Demo data already present");
            return;
        }
        Instant started = Instant.now();
        for (DemoOperator demo : OPERATORS) {
            createOperator(demo);
        }
        for (DemoOperator demo : SEXACOMMS_OPERATORS) {
            createOperator(demo);
        }
        em.flush();
        openRoom("sarah.johnson@example.com", "Jazz bar after hours",
                "Slow songs, late talk and whatever is on your mind.", null, 99, 49, 25);
        openRoom("olivia.brooks@example.com", "Brooklyn vinyl club",
                "Bring a record you love; PIN for members (demo PIN " + ROOM_PIN + ").", ROOM_PIN, 199, 99, 10);
        Account customer = new Account(CUSTOMER_EMAIL, "Demo Customer", hash(CUSTOMER_PASSWORD), Role.CUSTOMER);
        em.persist(customer);
        Customer demoCustomer = new Customer(customer, LocalDate.of(1990, 5, 17), site("flirts-nyc"));
        // the demo's fictional numbers stand confirmed: no phone could receive their codes
        demoCustomer.changePhone(CUSTOMER_PHONE);
        em.persist(demoCustomer);
        Account admin = new Account(ADMIN_EMAIL, "Demo Admin", hash(ADMIN_PASSWORD), Role.ADMIN);
        em.persist(admin);
        em.flush();
        em.createNativeQuery("INSERT INTO admin_user (account_id) VALUES (?)").setParameter(1, admin.getId())
                .executeUpdate();
        LOG.info(() -> "Demo data loaded in " + java.time.Duration.between(started, Instant.now()).toMillis() + " ms");
    }

    private int operatorsCreated;

    private void createOperator(DemoOperator demo) {
        Account account = new Account(demo.email(), demo.profile().displayName(), hash(OPERATOR_PASSWORD),
                Role.OPERATOR);
        em.persist(account);
        Operator operator = new Operator(account);
        operator.applyProfile(demo.profile());
        operator.changeAvailability(demo.availability(), Instant.now());
        // fictional 555-01xx numbers: the demo's simulated PBX rings nobody
        operator.setPhone(String.format("+1212555%04d", 100 + ++operatorsCreated));
        Set<Site> sites = Arrays.stream(demo.sites()).map(this::site).collect(Collectors.toSet());
        operator.listOn(sites);
        em.persist(operator);
    }

    private void openRoom(String operatorEmail, String name, String description, String pin, int entryFeeCents,
                          int ratePerMinuteCents, int maxUsers) {
        long operatorId = em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email", Long.class)
                .setParameter("email", operatorEmail).getSingleResult();
        em.persist(new ChatRoom(operatorId, name, description, pin == null ? null : hash(pin).encoded(),
                entryFeeCents, ratePerMinuteCents, maxUsers, Instant.now()));
    }

    private boolean accountExists(String email) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email", Long.class)
                .setParameter("email", email).getResultList().isEmpty();
    }

    private Site site(String code) {
        return em.createQuery("SELECT s FROM Site s WHERE s.code = :code", Site.class)
                .setParameter("code", code).getSingleResult();
    }

    private static PasswordHash hash(String password) {
        return PasswordHash.of(password.toCharArray());
    }
}

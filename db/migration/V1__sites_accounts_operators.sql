-- Branded sites. Reference data: every deployment serves these three brands.
CREATE TABLE site (
    id              BIGSERIAL PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL UNIQUE,
    host            VARCHAR(255) NOT NULL UNIQUE,
    name            VARCHAR(80)  NOT NULL,
    tagline         VARCHAR(200) NOT NULL,
    primary_color   CHAR(7)      NOT NULL CHECK (primary_color ~ '^#[0-9a-fA-F]{6}$'),
    accent_color    CHAR(7)      NOT NULL CHECK (accent_color ~ '^#[0-9a-fA-F]{6}$'),
    logo_path       VARCHAR(200) NOT NULL,
    is_default      BOOLEAN      NOT NULL DEFAULT FALSE,
    active          BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX site_single_default ON site (is_default) WHERE is_default;

INSERT INTO site (code, host, name, tagline, primary_color, accent_color, logo_path, is_default) VALUES
    ('flirts-nyc',   'flirts.nyc',     'Flirts NYC',   'New York''s friendliest voices, one call away', '#c2185b', '#ffb300', 'images/logo-flirts-nyc.svg', TRUE),
    ('nycflirts',    'nycflirts.com',  'NYC Flirts',   'Late-night conversation from the city that never sleeps', '#303f9f', '#00bfa5', 'images/logo-nycflirts.svg', FALSE),
    ('sexacomms',    'sexacomms.com',  'SexaComms',    'Private talk with independent companions', '#4a148c', '#ff4081', 'images/logo-sexacomms.svg', FALSE);

-- Every login identity: customers, operators and admins.
CREATE TABLE account (
    id              BIGSERIAL PRIMARY KEY,
    email           VARCHAR(254) NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name    VARCHAR(60)  NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    role            VARCHAR(16)  NOT NULL CHECK (role IN ('CUSTOMER', 'OPERATOR', 'ADMIN')),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE customer (
    account_id          BIGINT PRIMARY KEY REFERENCES account (id),
    date_of_birth       DATE   NOT NULL,
    registered_site_id  BIGINT NOT NULL REFERENCES site (id),
    phone_e164          VARCHAR(16) CHECK (phone_e164 ~ '^\+[1-9][0-9]{6,14}$')
);

CREATE TABLE admin_user (
    account_id  BIGINT PRIMARY KEY REFERENCES account (id)
);

CREATE TABLE operator (
    account_id              BIGINT PRIMARY KEY REFERENCES account (id),
    headline                VARCHAR(120) NOT NULL DEFAULT '',
    bio                     VARCHAR(2000) NOT NULL DEFAULT '',
    languages               VARCHAR(200) NOT NULL DEFAULT 'English',
    age                     SMALLINT CHECK (age BETWEEN 18 AND 99),
    height_cm               SMALLINT CHECK (height_cm BETWEEN 120 AND 230),
    build                   VARCHAR(30),
    hair_color              VARCHAR(30),
    eye_color               VARCHAR(30),
    picture_path            VARCHAR(300),
    rate_per_minute_cents   INTEGER NOT NULL DEFAULT 399 CHECK (rate_per_minute_cents > 0),
    connect_fee_cents       INTEGER NOT NULL DEFAULT 99  CHECK (connect_fee_cents >= 0),
    message_price_cents     INTEGER NOT NULL DEFAULT 50  CHECK (message_price_cents >= 0),
    operator_share_percent  SMALLINT NOT NULL DEFAULT 80 CHECK (operator_share_percent BETWEEN 0 AND 100),
    availability            VARCHAR(10) NOT NULL DEFAULT 'OFFLINE' CHECK (availability IN ('ONLINE', 'BUSY', 'OFFLINE')),
    availability_changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    phone_e164              VARCHAR(16) CHECK (phone_e164 ~ '^\+[1-9][0-9]{6,14}$')
);
CREATE INDEX operator_availability ON operator (availability);

CREATE TABLE operator_site (
    operator_id BIGINT NOT NULL REFERENCES operator (account_id) ON DELETE CASCADE,
    site_id     BIGINT NOT NULL REFERENCES site (id),
    PRIMARY KEY (operator_id, site_id)
);
CREATE INDEX operator_site_by_site ON operator_site (site_id);

CREATE TABLE operator_rating (
    id          BIGSERIAL PRIMARY KEY,
    operator_id BIGINT   NOT NULL REFERENCES operator (account_id),
    customer_id BIGINT   NOT NULL REFERENCES customer (account_id),
    stars       SMALLINT NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment     VARCHAR(1000) NOT NULL DEFAULT '',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (operator_id, customer_id)
);

CREATE TABLE operator_customer_interaction (
    operator_id       BIGINT NOT NULL REFERENCES operator (account_id),
    customer_id       BIGINT NOT NULL REFERENCES customer (account_id),
    first_contact_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_contact_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    message_count     INTEGER NOT NULL DEFAULT 0 CHECK (message_count >= 0),
    mail_count        INTEGER NOT NULL DEFAULT 0 CHECK (mail_count >= 0),
    call_count        INTEGER NOT NULL DEFAULT 0 CHECK (call_count >= 0),
    total_spent_cents BIGINT  NOT NULL DEFAULT 0 CHECK (total_spent_cents >= 0),
    PRIMARY KEY (operator_id, customer_id)
);

-- Login attempts drive per-account throttling; kept by email so unknown accounts are throttled too.
CREATE TABLE login_attempt (
    id           BIGSERIAL PRIMARY KEY,
    email        VARCHAR(254) NOT NULL,
    attempted_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    succeeded    BOOLEAN      NOT NULL
);
CREATE INDEX login_attempt_by_email ON login_attempt (email, attempted_at);

-- Limits the platform puts on what operators may set for themselves.
CREATE TABLE pricing_limit (
    name        VARCHAR(40) PRIMARY KEY,
    min_cents   INTEGER NOT NULL CHECK (min_cents >= 0),
    max_cents   INTEGER NOT NULL,
    CHECK (max_cents >= min_cents)
);
INSERT INTO pricing_limit (name, min_cents, max_cents) VALUES
    ('rate_per_minute', 99, 2999),
    ('connect_fee', 0, 499),
    ('message_price', 0, 500);

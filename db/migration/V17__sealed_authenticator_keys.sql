-- Authenticator keys are stored sealed (AES-256-GCM under the server's secret key, which is kept outside the
-- database): the sealed form is longer. Keys written in the clear before are sealed by the server at its next start.
ALTER TABLE second_factor ALTER COLUMN totp_secret TYPE VARCHAR(200);

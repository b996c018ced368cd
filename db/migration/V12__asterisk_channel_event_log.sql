-- Asterisk's channel event log (config/asterisk/cel.conf, cel_pgsql.conf), written by Asterisk itself as a call's
-- channels enter and leave bridges and hang up, whether or not AEIMS' AMI link is up. After the link comes back,
-- a call that ended meanwhile is settled from its rows here (its real talk and end), not as of the link loss.
-- cel_pgsql fills the columns it knows by name and leaves the others to their defaults; names are cel_pgsql's.
-- Text columns are unbounded: cel_pgsql never shortens a value, and PostgreSQL would refuse the whole row for one
-- that is too long for its column (a long caller name, a Dial's application data).
CREATE TABLE asterisk_cel (
    id          bigserial PRIMARY KEY,
    eventtype   text             NOT NULL,
    -- seconds since the epoch, with microseconds (a float column: cel_pgsql then writes no time zone)
    eventtime   double precision NOT NULL,
    userdeftype text,
    cid_name    text,
    cid_num     text,
    cid_ani     text,
    cid_rdnis   text,
    cid_dnid    text,
    exten       text,
    context     text,
    channame    text,
    appname     text,
    appdata     text,
    amaflags    integer,
    accountcode text,
    peeraccount text,
    uniqueid    varchar(150),
    linkedid    varchar(150),
    userfield   text,
    peer        text,
    -- JSON: the bridge of BRIDGE_ENTER/BRIDGE_EXIT, the hang-up cause and dial status of HANGUP
    extra       text,
    -- when the row arrived, for clearing old rows
    recorded_at timestamptz      NOT NULL DEFAULT now()
);

CREATE INDEX asterisk_cel_linkedid ON asterisk_cel (linkedid);
CREATE INDEX asterisk_cel_recorded_at ON asterisk_cel (recorded_at);

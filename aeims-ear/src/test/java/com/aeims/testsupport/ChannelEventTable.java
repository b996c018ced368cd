package com.aeims.testsupport;

import com.aeims.jca.asterisk.peer.ChannelEventSink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulated PBX's channel event log in AEIMS' database, as Asterisk's cel_pgsql writes it
 * (config/asterisk/cel_pgsql.conf): a row in {@code asterisk_cel} for each logged event, written as it happens on a
 * connection of the PBX's own. Rows are written by one thread of its own, in the order they happened, so the PBX's
 * replay never waits for the database; a row that cannot be written is dropped, as cel_pgsql drops it.
 */
public final class ChannelEventTable implements ChannelEventSink {

    private static final Logger LOG = Logger.getLogger(ChannelEventTable.class.getName());
    private static final int BATCH = 500;

    /** Opens the PBX's own database connection. */
    @FunctionalInterface
    public interface Database {
        Connection connect() throws SQLException;
    }

    private final BlockingQueue<Row> pending = new LinkedBlockingQueue<>();
    private final Database database;
    private Connection connection;

    public ChannelEventTable(Database database) {
        this.database = database;
        Thread writer = new Thread(this::writeForever, "simulated-pbx-cel");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void write(Row row) {
        pending.add(row);
    }

    private void writeForever() {
        List<Row> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(pending.take());
                pending.drainTo(batch, BATCH - 1);
                insert(batch);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException failed) {
                LOG.log(Level.WARNING, "Simulated PBX: " + batch.size() + " CEL rows dropped", failed);
                closeQuietly();
            } finally {
                batch.clear();
            }
        }
    }

    private void insert(List<Row> rows) throws SQLException {
        if (connection == null) {
            connection = database.connect();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO asterisk_cel "
                + "(eventtype, eventtime, channame, uniqueid, linkedid, extra) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                insert.setString(1, row.eventType());
                insert.setDouble(2, row.eventTime());
                insert.setString(3, row.channel());
                insert.setString(4, row.uniqueId());
                insert.setString(5, row.linkedId());
                insert.setString(6, row.extra());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // a broken connection: the next batch opens a new one
        }
        connection = null;
    }
}

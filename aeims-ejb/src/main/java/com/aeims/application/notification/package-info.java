/**
 * What users are told: {@link Notifications} stores every notification, so it is there at the next login, and pushes it
 * to the user's open pages as {@link NotificationPublished} through the {@code Push} port, with a toast unless the user
 * turned that type off. Messages, mail and room invitations notify through it.
 */
package com.aeims.application.notification;

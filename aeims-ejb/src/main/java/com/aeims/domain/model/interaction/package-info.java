/**
 * The operator-customer interaction record (first and last contact, counts, spend) that every call, message and mail
 * updates, and the question it answers: has this customer been in touch with this operator? Operators reply to and mail
 * only customers who have. Only the repository port lives here; infrastructure/persistence keeps the rows.
 */
package com.aeims.domain.model.interaction;

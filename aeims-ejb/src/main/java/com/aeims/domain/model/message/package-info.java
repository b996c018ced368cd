/**
 * Chat messages ({@link Message}) and internal mail ({@link Mail}) between a customer and an operator, kept exactly as
 * typed and always shown as text, and {@link MessageRepository}, implemented in infrastructure/persistence. Depends on
 * nothing outside the domain.
 */
package com.aeims.domain.model.message;

/**
 * Phone numbers operators rent: {@link OperatorNumber} is the stored row and its lifecycle (being bought, active,
 * suspended, being released, released, failed); {@link OperatorNumberRepository} is how they are stored, with the
 * monthly fee per {@link NumberType}. Depends on nothing outside the domain.
 */
package com.aeims.domain.model.number;

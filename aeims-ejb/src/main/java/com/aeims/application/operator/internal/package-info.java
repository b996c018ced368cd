/**
 * The operator services on JPA: {@link DefaultOperatorAccountService} checks prices against the admins' pricing limits
 * and locks the operator's row to change availability, because a call may be making the operator busy at the same
 * moment. The site directory's search is the port {@code OperatorDirectory}, built in JPQL in
 * {@code infrastructure.persistence}. Only {@code com.aeims.application.operator} may reach in here (ArchitectureTest).
 */
package com.aeims.application.operator.internal;

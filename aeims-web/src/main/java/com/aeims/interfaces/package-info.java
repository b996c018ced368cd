/**
 * What the REST resources and the pages share: {@link CallRepresentation}, the one JSON shape of a call, the same in
 * the API's answers and the live push, and {@link JsonBuilders} (one JSON-P provider, looked up once, because looking
 * it up per push was the largest cost of live call updates). The interfaces use the application's services and the
 * domain's entities and values, never the infrastructure; and (ArchitectureTest) never a repository, the ledger, or the
 * services only the PBX and the timers drive.
 */
package com.aeims.interfaces;

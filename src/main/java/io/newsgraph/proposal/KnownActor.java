package io.newsgraph.proposal;

import io.newsgraph.actor.OrganizationKind;
import java.util.List;

/**
 * An official or organization newsgraph already has, that a proposal should refer to by its key instead of
 * proposing it again.
 *
 * @param titles titles of the official's positions; empty for organizations
 * @param kind the organization's kind; null for officials
 */
public record KnownActor(String key, String name, List<String> aliases, List<String> titles, String country,
        OrganizationKind kind) {

    public boolean official() {
        return kind == null;
    }
}

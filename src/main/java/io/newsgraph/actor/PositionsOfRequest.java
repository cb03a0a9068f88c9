package io.newsgraph.actor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The positions of the officials one request reads, so that {@code Official.title} and
 * {@code Official.positions} asked together at one level cost one query, not two: their batch resolvers
 * are called one after the other with the same officials. Kept per official and version, as a request
 * with several mutations may change an official's positions (which raises its version) between two reads.
 */
@RequestScoped
class PositionsOfRequest {

    private record Read(long pk, int version) {
    }

    @Inject
    ActorService actors;

    private final Map<Read, List<Position>> read = new HashMap<>();

    List<List<Position>> of(List<Official> officials) {
        List<Official> missing = new ArrayList<>();
        for (Official official : officials) {
            if (!read.containsKey(new Read(official.pk, official.version))) {
                missing.add(official);
            }
        }
        if (!missing.isEmpty()) {
            List<List<Position>> loaded = actors.positions(missing);
            for (int i = 0; i < missing.size(); i++) {
                read.put(new Read(missing.get(i).pk, missing.get(i).version), loaded.get(i));
            }
        }
        List<List<Position>> result = new ArrayList<>(officials.size());
        for (Official official : officials) {
            result.add(read.get(new Read(official.pk, official.version)));
        }
        return result;
    }
}

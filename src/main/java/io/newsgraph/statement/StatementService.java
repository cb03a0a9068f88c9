package io.newsgraph.statement;

import static io.newsgraph.common.paging.Ordering.key;

import io.newsgraph.actor.ActorEntity;
import io.newsgraph.common.DateRange;
import io.newsgraph.common.OrderDirection;
import io.newsgraph.common.References;
import io.newsgraph.common.TextSearch;
import io.newsgraph.common.paging.Connection;
import io.newsgraph.common.paging.Listing.Parent;
import io.newsgraph.common.paging.Listing;
import io.newsgraph.common.paging.Ordering;
import io.newsgraph.common.paging.PageRequest;
import io.newsgraph.country.Country;
import io.newsgraph.event.Event;
import io.newsgraph.place.Place;
import io.newsgraph.source.SourceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StatementService {

    public static final Parent BY_SPEAKER = Parent.column(ActorEntity.class, "speakerId");
    public static final Parent BY_SOURCE = Parent.column(SourceEntity.class, "sourceId");
    public static final Parent BY_COUNTRY = Parent.collection(Country.class, "countryIds");
    public static final Parent BY_EVENT = Parent.collection(Event.class, "eventIds");

    private static final Ordering<Statement> SAID_ON_DESC = saidOn(true);
    private static final Ordering<Statement> SAID_ON_ASC = saidOn(false);
    private static final Ordering<Statement> TEXT_DESC = text(true);
    private static final Ordering<Statement> TEXT_ASC = text(false);

    public Statement get(String key) {
        return References.require(Statement.class, "Statement", key, "id");
    }

    public StatementConnection list(StatementFilter filter, StatementOrder order, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        return Connection.of(listing(filter, order), request, StatementConnection::new);
    }

    public List<StatementConnection> byParents(Parent parent, List<Long> parentPks, StatementFilter filter,
            Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        return Connection.byParents(listing(filter, null), parent, parentPks, request, StatementConnection::new);
    }

    Listing<Statement> listing(StatementFilter filter, StatementOrder order) {
        // Source and speaker come with the page: nearly every client asks for them.
        Listing<Statement> listing = Listing.of(Statement.class, ordering(order))
                .alongWith(SourceEntity.class, "sourceId").alongWith(ActorEntity.class, "speakerId");
        if (filter == null) {
            return listing;
        }
        if (filter.text != null) {
            TextSearch.everyWord(listing, "e.text", filter.text, "filter.text");
        }
        if (filter.speakerId != null) {
            listing.where("e.speakerId = :speaker", "speaker",
                    References.require(ActorEntity.class, "Actor", filter.speakerId, "filter.speakerId").pk);
        }
        if (filter.countryCode != null) {
            listing.where(":country member of e.countryIds", "country",
                    References.requireCountry(filter.countryCode, "filter.countryCode").pk);
        }
        if (filter.kind != null) {
            listing.where("e.kind = :kind", "kind", filter.kind);
        }
        if (filter.sourceId != null) {
            listing.where("e.sourceId = :source", "source",
                    References.require(SourceEntity.class, "Source", filter.sourceId, "filter.sourceId").pk);
        }
        if (filter.eventId != null) {
            listing.where(":event member of e.eventIds", "event",
                    References.require(Event.class, "Event", filter.eventId, "filter.eventId").pk);
        }
        if (filter.placeId != null) {
            listing.where(":place member of e.placeIds", "place",
                    References.require(Place.class, "Place", filter.placeId, "filter.placeId").pk);
        }
        DateRange.check(filter.from, filter.to, "filter");
        if (filter.from != null) {
            listing.where("e.sortDate >= :from", "from", filter.from);
        }
        if (filter.to != null) {
            listing.where("e.sortDate <= :to", "to", filter.to);
        }
        return listing;
    }

    private static Ordering<Statement> ordering(StatementOrder order) {
        boolean ascending = order != null && order.direction == OrderDirection.ASC;
        if (order != null && order.field == StatementOrderField.TEXT) {
            return ascending ? TEXT_ASC : TEXT_DESC;
        }
        return ascending ? SAID_ON_ASC : SAID_ON_DESC;
    }

    private static Ordering<Statement> saidOn(boolean descending) {
        return Ordering.of("statements-by-date", descending, key("e.sortDate", s -> s.sortDate), key("e.key", s -> s.key));
    }

    private static Ordering<Statement> text(boolean descending) {
        return Ordering.of("statements-by-text", descending, key("e.text", s -> s.text), key("e.key", s -> s.key));
    }
}

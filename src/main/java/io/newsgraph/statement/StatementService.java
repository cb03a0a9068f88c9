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

    // Parents and orderings are made when a request needs them, not in constants: the metamodel's
    // attributes (Statement_.speakerId) are only set once Hibernate has started.

    /** A speaker's statements. */
    public static Parent<Statement> bySpeaker() {
        return Parent.column(ActorEntity.class, Statement_.speakerId);
    }

    /** The statements a source reports. */
    public static Parent<Statement> bySource() {
        return Parent.column(SourceEntity.class, Statement_.sourceId);
    }

    /** The statements about a country. */
    public static Parent<Statement> byCountry() {
        return Parent.collection(Country.class, Statement_.countryIds);
    }

    /** The statements that refer to an event. */
    public static Parent<Statement> byEvent() {
        return Parent.collection(Event.class, Statement_.eventIds);
    }

    public Statement get(String key) {
        return References.require(Statement.class, "Statement", key, "id");
    }

    public StatementConnection list(StatementFilter filter, StatementOrder order, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        return Connection.of(listing(filter, order), request, StatementConnection::new);
    }

    public List<StatementConnection> byParents(Parent<Statement> parent, List<Long> parentPks, StatementFilter filter,
            Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        return Connection.byParents(listing(filter, null), parent, parentPks, request, StatementConnection::new);
    }

    Listing<Statement> listing(StatementFilter filter, StatementOrder order) {
        // Source and speaker come with the page: nearly every client asks for them.
        Listing<Statement> listing = Listing.of(Statement.class, ordering(order))
                .alongWith(SourceEntity.class, Statement_.sourceId).alongWith(ActorEntity.class, Statement_.speakerId);
        if (filter == null) {
            return listing;
        }
        if (filter.text != null) {
            TextSearch.everyWord(listing, Statement_.text, filter.text, "filter.text");
        }
        if (filter.speakerId != null) {
            listing.whereEqual(Statement_.speakerId,
                    References.require(ActorEntity.class, "Actor", filter.speakerId, "filter.speakerId").pk);
        }
        if (filter.countryCode != null) {
            listing.whereMember(Statement_.countryIds,
                    References.requireCountry(filter.countryCode, "filter.countryCode").pk);
        }
        if (filter.kind != null) {
            listing.whereEqual(Statement_.kind, filter.kind);
        }
        if (filter.sourceId != null) {
            listing.whereEqual(Statement_.sourceId,
                    References.require(SourceEntity.class, "Source", filter.sourceId, "filter.sourceId").pk);
        }
        if (filter.eventId != null) {
            listing.whereMember(Statement_.eventIds,
                    References.require(Event.class, "Event", filter.eventId, "filter.eventId").pk);
        }
        if (filter.placeId != null) {
            listing.whereMember(Statement_.placeIds,
                    References.require(Place.class, "Place", filter.placeId, "filter.placeId").pk);
        }
        DateRange.check(filter.from, filter.to, "filter");
        if (filter.from != null) {
            listing.whereAtLeast(Statement_.sortDate, filter.from);
        }
        if (filter.to != null) {
            listing.whereAtMost(Statement_.sortDate, filter.to);
        }
        return listing;
    }

    private static Ordering<Statement> ordering(StatementOrder order) {
        boolean ascending = order != null && order.direction == OrderDirection.ASC;
        if (order != null && order.field == StatementOrderField.TEXT) {
            return Ordering.of("statements-by-text", !ascending,
                    key(Statement_.text, s -> s.text), key(Statement_.key, s -> s.key));
        }
        return Ordering.of("statements-by-date", !ascending,
                key(Statement_.sortDate, s -> s.sortDate), key(Statement_.key, s -> s.key));
    }
}

package io.newsgraph.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.common.error.ForbiddenException;
import io.newsgraph.common.error.UnauthenticatedException;
import io.newsgraph.dataset.Dataset;
import io.newsgraph.security.Editor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** {@code POST /datasets/proposals}: an article in, the facts it reports out, as a dataset to review. Stores nothing. */
@Path("/datasets/proposals")
public class ProposalResource {

    private static final Set<String> FIELDS = Set.of("title", "publisher", "url", "publishedOn", "language", "text");

    @Inject
    ProposalService proposals;

    @Inject
    ObjectMapper mapper;

    @POST
    @Editor
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Dataset propose(byte[] body) {
        return proposals.propose(article(body));
    }

    /** Reads the body by hand, so that a bad one is answered with every problem, not the first. */
    Article article(byte[] body) {
        JsonNode json;
        try {
            json = body == null || body.length == 0 ? null : mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadUserInputException("body", "is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadUserInputException("body", "cannot be read");
        }
        if (json == null || !json.isObject()) {
            throw new BadUserInputException("body", "must be a JSON object with title, publisher, url, publishedOn, language and text");
        }
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> names = json.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(new Problem(name, "is not a field of an article (title, publisher, url, publishedOn, language, text)"));
            } else if (!json.get(name).isTextual() && !json.get(name).isNull()) {
                problems.add(new Problem(name, "must be a string"));
            }
        }
        LocalDate publishedOn = null;
        String date = string(json, "publishedOn");
        if (date != null) {
            try {
                publishedOn = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(new Problem("publishedOn", "'" + date + "' is not a date (YYYY-MM-DD)"));
            }
        }
        Article article = new Article(string(json, "title"), string(json, "publisher"), string(json, "url"), publishedOn,
                string(json, "language"), string(json, "text"));
        for (Problem p : ProposalService.problems(article)) {
            if (problems.stream().noneMatch(q -> q.field().equals(p.field()))) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new BadUserInputException(problems);
        }
        return article;
    }

    private static String string(JsonNode json, String field) {
        JsonNode n = json.get(field);
        return n != null && n.isTextual() ? n.asText() : null;
    }

    @ServerExceptionMapper
    public Response refuse(DomainException e) {
        int status = e instanceof UnauthenticatedException ? 401 : e instanceof ForbiddenException ? 403 : 400;
        Response.ResponseBuilder r = Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("message", e.getMessage(),
                "problems", e.getProblems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList()));
        if (status == 401) {
            r.header("WWW-Authenticate", "Basic realm=\"newsgraph\"");
        }
        return r.build();
    }
}

package io.newsgraph.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsgraph.common.error.DomainException;
import io.newsgraph.common.error.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Datasets out, as files: everything, or a slice. Reads are public, like the GraphQL queries. */
@Path("/datasets")
public class DatasetResource {

    @Inject
    DatasetExporter exporter;

    @Inject
    ObjectMapper mapper;

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@QueryParam("source") String source, @QueryParam("country") String country,
            @QueryParam("from") String from, @QueryParam("to") String to) throws IOException {
        Dataset dataset = exporter.export(new DatasetExporter.Slice(source, country, date("from", from), date("to", to)));
        byte[] json = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(dataset);
        return Response.ok(json).header("Content-Disposition", "attachment; filename=\"newsgraph-dataset.json\"").build();
    }

    private static LocalDate date(String name, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new io.newsgraph.common.error.BadUserInputException(name, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    @ServerExceptionMapper
    public Response refuse(DomainException e) {
        int status = e instanceof NotFoundException ? 404 : 400;
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("message", e.getMessage(), "field", e.getField())).build();
    }
}

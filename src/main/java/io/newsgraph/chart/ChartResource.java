package io.newsgraph.chart;

import io.newsgraph.common.error.DomainException;
import io.newsgraph.common.error.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Charts of figures, drawn on the server as SVG images. Public, like every read. */
@Path("/charts")
public class ChartResource {

    static final String SVG = "image/svg+xml; charset=UTF-8";
    /** The image runs no script and loads nothing: everything it shows is in the file. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'";

    @Inject
    ChartService charts;

    @GET
    @Path("series.svg")
    @Produces(SVG)
    public Response series(@QueryParam("country") String country, @QueryParam("metric") String metric,
            @QueryParam("originCountry") String originCountry, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("rate") String rate, @Context Request request) {
        SeriesQuery query = SeriesQuery.parse(country, metric, originCountry, from, to, rate);
        byte[] svg = charts.series(query).getBytes(StandardCharsets.UTF_8);
        // Same figures, same bytes: the digest is a strong validator, and an unchanged chart is not sent again.
        EntityTag tag = new EntityTag(sha256(svg));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        return image(Response.ok(svg), svg).tag(tag).header("Cache-Control", "no-cache").build();
    }

    @ServerExceptionMapper
    public Response refuse(DomainException e) {
        boolean notFound = e instanceof NotFoundException;
        String heading = notFound ? "No such series" : "Chart not drawn: the request is not valid";
        byte[] svg = SeriesChart.message(heading, e.getProblems().stream().map(p -> p.field() + ": " + p.message()).toList())
                .getBytes(StandardCharsets.UTF_8);
        return image(Response.status(notFound ? 404 : 400), svg).build();
    }

    private static Response.ResponseBuilder image(Response.ResponseBuilder response, byte[] svg) {
        return response.entity(svg).type(SVG).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}

package io.newsgraph.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.newsgraph.common.BaseEntity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Adding a field to a kind means its entity, its migration and its dataset entry: this fails
 * until the three agree. Every column of a kind's table is mapped by an entity, every entity field
 * has a column, and every field of the entity is a field of the kind's dataset entry (by name: the
 * entry's {@code country} is the entity's {@code countryId}, {@code events} its {@code eventIds}),
 * so nothing written can be lost on export or left out of an import.
 */
@QuarkusTest
class KindsAgreeTest {

    /** Entity fields that datasets do not carry: identity, audit, and what is derived or fixed. */
    private static final Set<String> NOT_IN_DATASETS = Set.of("pk", "key", "version", "createdAt", "createdBy",
            "updatedAt", "updatedBy", "sortDate", "alpha3");

    @Inject
    Kinds kinds;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyTableColumnIsMappedAndEveryMappedColumnExists() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (Kind<?, ?> kind : kinds.all()) {
                String table = table(kind.entity());
                Set<String> mapped = new TreeSet<>();
                for (EntityType<?> type : entityManager.getMetamodel().getEntities()) {
                    if (table(type.getJavaType()).equals(table)) {
                        mapped.addAll(columns(type));
                    }
                }
                assertEquals(columnsOf(connection, table), mapped, "columns of table " + table + " (kind "
                        + kind.section().field + ")");
            }
        }
    }

    @Test
    void everyEntityFieldIsAFieldOfTheKindsDatasetEntryAndBack() {
        for (Kind<?, ?> kind : kinds.all()) {
            EntityType<?> type = entityManager.getMetamodel().entity(kind.entity());
            Set<String> attributes = new TreeSet<>();
            type.getAttributes().forEach(a -> attributes.add(a.getName()));
            attributes.removeAll(NOT_IN_DATASETS);
            Set<String> covered = new TreeSet<>();
            for (RecordComponent component : kind.section().entryType.getRecordComponents()) {
                List<String> names = entityNames(component.getName());
                if (component.getName().equals("key") || component.getName().equals("positions")) {
                    continue; // the key is the entity's identity; positions are rows of their own
                }
                assertTrue(names.stream().anyMatch(attributes::contains), kind.section().field + " entry field "
                        + component.getName() + " has no entity field among " + names);
                names.stream().filter(attributes::contains).forEach(covered::add);
            }
            assertEquals(attributes, covered, "entity fields of " + kind.entity().getSimpleName()
                    + " that its dataset entry does not carry");
        }
    }

    /** The entity fields an entry field stands for. */
    private static List<String> entityNames(String entryField) {
        if (entryField.equals("evidence")) {
            return List.of("evidenceStart", "evidenceEnd", "evidenceConfidence");
        }
        String singular = entryField.endsWith("ies") ? entryField.substring(0, entryField.length() - 3) + "y"
                : entryField.endsWith("s") ? entryField.substring(0, entryField.length() - 1) : entryField;
        return List.of(entryField, entryField + "Id", singular + "Ids");
    }

    private static Set<String> columns(EntityType<?> type) {
        Set<String> columns = new HashSet<>();
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            if (attribute.isCollection()) {
                continue; // element collections live in tables of their own
            }
            Column column = field(type.getJavaType(), attribute.getName()).getAnnotation(Column.class);
            columns.add(lower(column != null && !column.name().isEmpty() ? column.name() : attribute.getName()));
        }
        for (Class<?> c = type.getJavaType(); c != null; c = c.getSuperclass()) {
            DiscriminatorColumn discriminator = c.getAnnotation(DiscriminatorColumn.class);
            if (discriminator != null) {
                columns.add(lower(discriminator.name()));
            }
        }
        return columns;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no field " + name);
    }

    /** The table of an entity: that of the topmost entity of its hierarchy (single-table inheritance). */
    private static String table(Class<?> entity) {
        Class<?> root = entity;
        for (Class<?> c = entity; c != null && c != BaseEntity.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class)) {
                root = c;
            }
        }
        Table table = root.getAnnotation(Table.class);
        return lower(table != null ? table.name() : root.getSimpleName());
    }

    private static Set<String> columnsOf(Connection connection, String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), name, null)) {
                while (rs.next()) {
                    columns.add(lower(rs.getString("COLUMN_NAME")));
                }
            }
        }
        return columns;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

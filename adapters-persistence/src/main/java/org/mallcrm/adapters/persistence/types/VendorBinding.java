package org.mallcrm.adapters.persistence.types;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;

/**
 * A value stored as ISO-8601 text in SQLite (which has no date types; text order is time order) and in the
 * server's own type in PostgreSQL. The generated jOOQ classes come from the SQLite schema, where such a column is
 * TEXT; this binding gives the field its Java type and speaks each database's form of it.
 *
 * @param <U> the Java type
 */
abstract class VendorBinding<U> implements Binding<String, U> {

    private final Converter<String, U> converter;
    private final Class<U> type;
    private final String pgType;

    VendorBinding(Class<U> type, String pgType) {
        this.type = type;
        this.pgType = pgType;
        this.converter = Converter.ofNullable(String.class, type, this::parse, this::format);
    }

    /** The SQLite text of a value. */
    abstract String format(U value);

    /** A value from its SQLite text. */
    abstract U parse(String text);

    /** The value PostgreSQL's driver takes for it ({@code setObject}). */
    abstract Object toServer(U value);

    /** The value from what PostgreSQL's driver gives. */
    abstract U fromServer(java.sql.ResultSet rs, int index) throws SQLException;

    private static boolean server(SQLDialect family) {
        return family == SQLDialect.POSTGRES;
    }

    @Override
    public Converter<String, U> converter() {
        return converter;
    }

    @Override
    public void sql(BindingSQLContext<U> ctx) {
        boolean server = server(ctx.family());
        if (ctx.render().paramType() == ParamType.INLINED) {
            U v = ctx.value();
            if (v == null) {
                ctx.render().sql("null");
            } else {
                ctx.render().sql((server ? pgType + " '" : "'") + (server ? toServer(v) : format(v)) + "'");
            }
            return;
        }
        ctx.render().sql(ctx.variable());
        if (server) {
            ctx.render().sql("::" + pgType);
        }
    }

    @Override
    public void register(BindingRegisterContext<U> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(),
                server(ctx.family()) ? java.sql.Types.OTHER : java.sql.Types.VARCHAR);
    }

    @Override
    public void set(BindingSetStatementContext<U> ctx) throws SQLException {
        U v = ctx.value();
        if (server(ctx.family())) {
            if (v == null) {
                ctx.statement().setNull(ctx.index(), java.sql.Types.OTHER);
            } else {
                ctx.statement().setObject(ctx.index(), toServer(v));
            }
        } else if (v == null) {
            ctx.statement().setNull(ctx.index(), java.sql.Types.VARCHAR);
        } else {
            ctx.statement().setString(ctx.index(), format(v));
        }
    }

    @Override
    public void set(BindingSetSQLOutputContext<U> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException(type.getSimpleName() + " in a user-defined type");
    }

    @Override
    public void get(BindingGetResultSetContext<U> ctx) throws SQLException {
        if (server(ctx.family())) {
            ctx.value(fromServer(ctx.resultSet(), ctx.index()));
        } else {
            String s = ctx.resultSet().getString(ctx.index());
            ctx.value(s == null ? null : parse(s));
        }
    }

    @Override
    public void get(BindingGetStatementContext<U> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException(type.getSimpleName() + " as an OUT parameter");
    }

    @Override
    public void get(BindingGetSQLInputContext<U> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException(type.getSimpleName() + " in a user-defined type");
    }
}

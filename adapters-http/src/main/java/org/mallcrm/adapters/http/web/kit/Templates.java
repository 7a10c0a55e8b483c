package org.mallcrm.adapters.http.web.kit;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;

/** The precompiled jte templates (src/main/jte, compiled with the module): no template compiler at run time. */
public final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders a template with named parameters to UTF-8 bytes. */
    public byte[] render(String template, Map<String, Object> params) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        return out.toByteArray();
    }

    public boolean has(String template) {
        return engine.hasTemplate(template);
    }
}

package dev.hyde.layout;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.ext.beans.BeansWrapper;

import java.time.temporal.TemporalAccessor;

/**
 * Exposes the view model (maps, lists, strings, numbers, booleans, dates) and nothing else:
 * no method of any other Java object is reachable from a template. Java time values, which
 * FreeMarker does not format itself, appear as their ISO-8601 text.
 */
final class ReadOnlyObjectWrapper extends DefaultObjectWrapper {

    ReadOnlyObjectWrapper() {
        super(Configuration.VERSION_2_3_34);
        setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        setUseAdaptersForContainers(true);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof TemporalAccessor) {
            return new SimpleScalar(obj.toString());
        }
        return super.handleUnknownType(obj);
    }
}

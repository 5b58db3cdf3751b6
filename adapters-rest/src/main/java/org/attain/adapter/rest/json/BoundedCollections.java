package org.attain.adapter.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.ContainerDeserializerBase;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Collection;

/**
 * Enforces a list field's {@code @Size(max)} while the JSON is read, before bean validation walks
 * its elements: a body of 80,000 empty admins is refused with one error naming {@code admins}
 * instead of one error per element. Lists without {@code @Size} are read as before.
 */
final class BoundedCollections extends BeanDeserializerModifier {

  @Override
  public JsonDeserializer<?> modifyCollectionDeserializer(
      DeserializationConfig config,
      CollectionType type,
      BeanDescription description,
      JsonDeserializer<?> deserializer) {
    return new Bounded(deserializer, Integer.MAX_VALUE);
  }

  private static final class Bounded extends DelegatingDeserializer {

    private final int max;

    Bounded(JsonDeserializer<?> delegate, int max) {
      super(delegate);
      this.max = max;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Bounded(delegate, max);
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext context, BeanProperty property) throws JsonMappingException {
      Bounded contextual = (Bounded) super.createContextual(context, property);
      Size size = property == null ? null : property.getAnnotation(Size.class);
      // Only the list the property holds (compared by element type: the property says List, the
      // deserializer ArrayList); a list inside it (a track of codes) has its own bound.
      boolean ownList =
          size != null
              && contextual._delegatee instanceof ContainerDeserializerBase<?> container
              && container.getValueType() != null
              && property.getType().getContentType() != null
              && property
                  .getType()
                  .getContentType()
                  .equals(container.getValueType().getContentType());
      return ownList ? new Bounded(contextual._delegatee, size.max()) : contextual;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      Object value = _delegatee.deserialize(parser, context);
      if (value instanceof Collection<?> list && list.size() > max) {
        throw new TooManyElementsException(parser, max);
      }
      return value;
    }
  }
}

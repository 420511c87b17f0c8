package it.ponte.tenancy.domain;

import java.util.List;

/** Where declared tenants come from at startup (the {@code tenants/} folder, a ConfigMap). */
public interface TenantDescriptorSource {

  /** A descriptor file read and checked: either a descriptor or what is wrong with it. */
  record Declared(String source, TenantDescriptor descriptor, List<String> problems) {

    public boolean isValid() {
      return problems.isEmpty();
    }
  }

  /** Every declared tenant, valid or not, in a stable order. */
  List<Declared> read();
}

// Checked downcasts for node hierarchies that carry their kind (the AST and
// the IR): a node type T has `static constexpr Kind kKind` and a node has a
// `kind` member. dyn_cast returns nullptr on a mismatch (or a null node).
#pragma once

namespace parc {

template <typename T, typename Node>
T* dyn_cast(Node* node) {
  return node && node->kind == T::kKind ? static_cast<T*>(node) : nullptr;
}

template <typename T, typename Node>
const T* dyn_cast(const Node* node) {
  return node && node->kind == T::kKind ? static_cast<const T*>(node) : nullptr;
}

}  // namespace parc

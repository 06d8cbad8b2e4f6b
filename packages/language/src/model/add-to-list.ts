/** Adds `value` to the list kept under `key`, starting the list when the key is new. */
export function addToList<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
    const list = lists.get(key);
    if (list) {
        list.push(value);
    } else {
        lists.set(key, [value]);
    }
}

-- GB/T 2260 division codes of the demo province, city and its districts (versioned reference data).
INSERT INTO identity.region (code, name, name_en, parent_code, level) VALUES
    ('350000', '福建省', 'Fujian Province', NULL, 1),
    ('350100', '福州市', 'Fuzhou', '350000', 2),
    ('350102', '鼓楼区', 'Gulou District', '350100', 3),
    ('350103', '台江区', 'Taijiang District', '350100', 3),
    ('350104', '仓山区', 'Cangshan District', '350100', 3),
    ('350105', '马尾区', 'Mawei District', '350100', 3),
    ('350111', '晋安区', 'Jin''an District', '350100', 3),
    ('350112', '长乐区', 'Changle District', '350100', 3);
